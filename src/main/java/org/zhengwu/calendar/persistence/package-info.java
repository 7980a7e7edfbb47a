/**
 * Where the calendar's official data comes from: the files shipped with the platform
 * ({@code classpath:calendar/holidays/*.json}) and the files loaded at run time, kept in the
 * {@code calendar} schema.
 */
package org.zhengwu.calendar.persistence;

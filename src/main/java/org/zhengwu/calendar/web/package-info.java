/**
 * The calendar on the web: the public month page with its deadline calculator, the REST API
 * ({@code /api/v1/calendar}), and the system administrator's page for loading a year's data.
 */
package org.zhengwu.calendar.web;

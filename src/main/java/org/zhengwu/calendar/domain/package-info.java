/**
 * The calendar's rules in plain Java, testable without Spring: reading and validating an
 * official holiday file, the calendar built from those files, working-day arithmetic, the walk
 * of a case clock, and the explanation of a deadline.
 */
package org.zhengwu.calendar.domain;

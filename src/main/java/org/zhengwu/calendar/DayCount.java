package org.zhengwu.calendar;

/** How a number of days is counted: on the official working-day calendar, or on the plain calendar. */
public enum DayCount {
    WORKING_DAYS,
    CALENDAR_DAYS
}

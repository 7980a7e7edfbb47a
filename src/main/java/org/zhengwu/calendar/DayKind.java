package org.zhengwu.calendar;

/** What a day is on the official calendar. */
public enum DayKind {
    /** Monday to Friday, not a public holiday. */
    WORKDAY,
    /** Saturday or Sunday, not a make-up workday. */
    WEEKEND,
    /** A public holiday or a rest day of a holiday period (isOffDay = true). */
    HOLIDAY,
    /** A weekend day announced as a working day (调休上班, isOffDay = false). */
    MAKEUP_WORKDAY;

    public boolean isWorkingDay() {
        return this == WORKDAY || this == MAKEUP_WORKDAY;
    }
}

package org.zhengwu.calendar;

import java.time.LocalDate;

/**
 * One day of the official calendar.
 *
 * @param date        the day
 * @param kind        workday, weekend, holiday or make-up workday
 * @param holidayName the holiday the day belongs to (for a holiday or a make-up workday), else {@code null}
 * @param provisional {@code true} when the day's year has no official data (weekends alone count)
 */
public record DayInfo(LocalDate date, DayKind kind, String holidayName, boolean provisional) {

    public boolean isWorkingDay() {
        return kind.isWorkingDay();
    }
}

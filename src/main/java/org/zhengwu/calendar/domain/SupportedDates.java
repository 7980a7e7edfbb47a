package org.zhengwu.calendar.domain;

import java.time.LocalDate;

/**
 * The span of dates the clock answers for. Far beyond it no notice will ever exist, and
 * stepping day by day towards the ends of {@link LocalDate} would overflow.
 */
public final class SupportedDates {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;
    /** The largest count of days one question may ask for (about 40 years of working days). */
    public static final int MAX_COUNT = 10_000;

    private SupportedDates() {
    }

    public static boolean contains(LocalDate date) {
        return containsYear(date.getYear());
    }

    public static boolean containsYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}

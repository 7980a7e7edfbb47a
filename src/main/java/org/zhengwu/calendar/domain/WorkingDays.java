package org.zhengwu.calendar.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Working-day arithmetic on an official calendar. The day of receipt is never counted: the
 * n-th working day after a date is reached by counting from the day after it.
 */
public final class WorkingDays {

    private final OfficialCalendar calendar;

    public WorkingDays(OfficialCalendar calendar) {
        this.calendar = calendar;
    }

    /** The n-th working day after {@code from}; {@code from} itself when n is 0. */
    public LocalDate add(LocalDate from, int n) {
        requireCount(n);
        return step(from, n, 1);
    }

    /** The n-th working day before {@code from} for n &lt; 0, after it for n &gt; 0. */
    public LocalDate shift(LocalDate from, int n) {
        requireCount(Math.abs(n));
        return step(from, Math.abs(n), n < 0 ? -1 : 1);
    }

    /**
     * The working days after {@code a} up to and including {@code b}, negative when {@code b}
     * is before {@code a}; so that {@code between(a, add(a, n)) == n}.
     */
    public int between(LocalDate a, LocalDate b) {
        if (b.isBefore(a)) {
            return -between(b, a);
        }
        int count = weekdaysBetween(a, b);
        for (var listed : calendar.listedBetween(a, b)) {
            var weekend = OfficialCalendar.isWeekend(listed.date());
            if (listed.offDay() && !weekend) {
                count--;
            } else if (!listed.offDay() && weekend) {
                count++;
            }
        }
        return count;
    }

    private LocalDate step(LocalDate from, int n, int direction) {
        var day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(direction);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    // whole weeks hold five weekdays each; only the remainder is looked at day by day
    private static int weekdaysBetween(LocalDate a, LocalDate b) {
        long days = ChronoUnit.DAYS.between(a, b);
        int count = (int) (days / 7) * 5;
        for (var day = a.plusDays(days / 7 * 7 + 1); !day.isAfter(b); day = day.plusDays(1)) {
            if (!OfficialCalendar.isWeekend(day)) {
                count++;
            }
        }
        return count;
    }

    static void requireCount(int n) {
        if (n < 0 || n > SupportedDates.MAX_COUNT) {
            throw new IllegalArgumentException("a count of working days is 0.." + SupportedDates.MAX_COUNT + ", not " + n);
        }
    }
}

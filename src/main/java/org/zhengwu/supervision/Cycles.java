package org.zhengwu.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.stereotype.Component;
import org.zhengwu.calendar.WorkingDayClock;

/** Reporting cycles on the clock: a cycle's label and its due day (its last day, or the next working day). */
@Component
class Cycles {

    private final WorkingDayClock clock;

    Cycles(WorkingDayClock clock) {
        this.clock = clock;
    }

    /** The due day of the cycle that contains {@code day}. */
    LocalDate dueOf(Cycle cycle, LocalDate day) {
        var end = lastMonth(cycle, YearMonth.from(day)).atEndOfMonth();
        return clock.isWorkingDay(end) ? end : clock.addWorkingDays(end, 1);
    }

    /** The due day of the cycle after the one that contains {@code day}. */
    LocalDate nextDueOf(Cycle cycle, LocalDate day) {
        var next = lastMonth(cycle, YearMonth.from(day)).plusMonths(1);
        return dueOf(cycle, next.atDay(1));
    }

    /** 2022-03 for a month, 2022-Q1 for a quarter; null for an item with a deadline. */
    static String label(Cycle cycle, LocalDate day) {
        return switch (cycle) {
            case MONTHLY -> YearMonth.from(day).toString();
            case QUARTERLY -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
            case NONE -> null;
        };
    }

    private static YearMonth lastMonth(Cycle cycle, YearMonth month) {
        return switch (cycle) {
            case QUARTERLY -> YearMonth.of(month.getYear(), ((month.getMonthValue() - 1) / 3 + 1) * 3);
            case MONTHLY, NONE -> month;
        };
    }
}

package org.zhengwu.calendar.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.zhengwu.calendar.DayInfo;

/**
 * A month laid out Monday first, as on a wall calendar: weeks of seven cells, empty
 * ({@code null}) before the first and after the last day. Public for the template engine only.
 */
public record MonthGrid(YearMonth month, String title, List<List<DayInfo>> weeks, boolean provisional) {

    static MonthGrid of(YearMonth month, String title, List<DayInfo> days) {
        var cells = new ArrayList<DayInfo>(Collections.nCopies(month.atDay(1).getDayOfWeek().getValue() - 1, null));
        cells.addAll(days);
        while (cells.size() % 7 != 0) {
            cells.add(null);
        }
        var weeks = new ArrayList<List<DayInfo>>();
        for (int i = 0; i < cells.size(); i += 7) {
            weeks.add(Collections.unmodifiableList(new ArrayList<>(cells.subList(i, i + 7))));
        }
        return new MonthGrid(month, title, List.copyOf(weeks), days.stream().anyMatch(DayInfo::provisional));
    }

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }
}

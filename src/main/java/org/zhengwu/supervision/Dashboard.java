package org.zhengwu.supervision;

import java.util.List;
import java.util.Map;
import org.zhengwu.supervision.persistence.LedgerStore.MonthRow;

/**
 * A unit's figures: items by status, by month of their due date (due, closed on time, overdue),
 * and how many are overdue now.
 */
public record Dashboard(Map<String, Integer> byStatus, List<MonthRow> months, int overdue) {

    public Dashboard {
        byStatus = Map.copyOf(byStatus);
        months = List.copyOf(months);
    }

    /** Closed by their due date, of the items settled or overdue (closed on time, closed late, overdue); 0 when none. */
    public int onTimePercent() {
        int onTime = months.stream().mapToInt(MonthRow::onTime).sum();
        int counted = onTime + months.stream().mapToInt(r -> r.late() + r.overdue()).sum();
        return counted == 0 ? 0 : Math.round(100f * onTime / counted);
    }

    public int total() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }
}

package org.zhengwu.supervision.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.supervision.Item;
import org.zhengwu.supervision.LedgerQuery;

/**
 * The ledger's filtered reads as one SQL statement each: a page of items, and the counts a
 * unit's dashboard draws. Lights are date bounds: red before today, yellow up to
 * {@code yellowUntil}, green after it.
 */
@Repository
public class LedgerStore {

    private final JdbcClient jdbc;
    private final SupervisedItemStore items;

    LedgerStore(JdbcClient jdbc, SupervisedItemStore items) {
        this.jdbc = jdbc;
        this.items = items;
    }

    public List<Item> search(LedgerQuery q, LocalDate today, LocalDate yellowUntil) {
        var where = new Where(q, today, yellowUntil);
        var sql = "SELECT " + SupervisedItemStore.COLUMNS + " FROM supervision.item i WHERE " + where.sql
                + " ORDER BY i.due_date, i.id LIMIT :limit OFFSET :offset";
        var spec = jdbc.sql(sql).params(where.params).param("limit", q.limit()).param("offset", q.offset());
        return items.withUnits(spec.query(SupervisedItemStore::map).list());
    }

    public int count(LedgerQuery q, LocalDate today, LocalDate yellowUntil) {
        var where = new Where(q, today, yellowUntil);
        return jdbc.sql("SELECT COUNT(*) FROM supervision.item i WHERE " + where.sql).params(where.params)
                .query(Integer.class).single();
    }

    /** Items by status for a filter (the dashboard's bar chart). */
    public Map<String, Integer> byStatus(LedgerQuery q, LocalDate today, LocalDate yellowUntil) {
        var where = new Where(q, today, yellowUntil);
        var out = new LinkedHashMap<String, Integer>();
        jdbc.sql("SELECT i.status, COUNT(*) n FROM supervision.item i WHERE " + where.sql + " GROUP BY i.status")
                .params(where.params).query(rs -> {
                    out.put(rs.getString(1), rs.getInt(2));
                });
        return out;
    }

    /**
     * Per month of the due date: items due, closed by their due date, and still open past it.
     * {@code on time} counts items closed on or before their due date.
     */
    public List<MonthRow> months(LedgerQuery q, LocalDate today, LocalDate yellowUntil) {
        var where = new Where(q, today, yellowUntil);
        return jdbc.sql("""
                SELECT EXTRACT(YEAR FROM i.due_date) y, EXTRACT(MONTH FROM i.due_date) m, COUNT(*) due,
                  SUM(CASE WHEN i.status = 'CLOSED' AND i.closed_on <= i.due_date THEN 1 ELSE 0 END) on_time,
                  SUM(CASE WHEN i.status = 'CLOSED' AND i.closed_on > i.due_date THEN 1 ELSE 0 END) late,
                  SUM(CASE WHEN i.status <> 'CLOSED' AND i.due_date < :today THEN 1 ELSE 0 END) overdue
                FROM supervision.item i WHERE i.due_date IS NOT NULL AND\s""" + where.sql + """
                \sGROUP BY EXTRACT(YEAR FROM i.due_date), EXTRACT(MONTH FROM i.due_date) ORDER BY 1, 2""")
                .params(where.params).param("today", today)
                .query((rs, n) -> new MonthRow(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
                .list();
    }

    public record MonthRow(int year, int month, int due, int onTime, int late, int overdue) {
    }

    private static final class Where {
        final String sql;
        final Map<String, Object> params = new LinkedHashMap<>();

        Where(LedgerQuery q, LocalDate today, LocalDate yellowUntil) {
            var parts = new ArrayList<String>();
            parts.add("1 = 1");
            if (q.source() != null) {
                parts.add("i.source = :source");
                params.put("source", q.source().name());
            }
            if (q.status() != null) {
                parts.add("i.status = :status");
                params.put("status", q.status().name());
            }
            if (q.unit() != null) {
                parts.add("EXISTS (SELECT 1 FROM supervision.item_unit u WHERE u.item_id = i.id AND u.org_unit = :unit)");
                params.put("unit", q.unit().value());
            }
            scope(q, parts);
            if (q.dueFrom() != null) {
                parts.add("i.due_date >= :dueFrom");
                params.put("dueFrom", q.dueFrom());
            }
            if (q.dueTo() != null) {
                parts.add("i.due_date <= :dueTo");
                params.put("dueTo", q.dueTo());
            }
            light(q, parts, today, yellowUntil);
            sql = String.join(" AND ", parts);
        }

        private void scope(LedgerQuery q, List<String> parts) {
            var scoped = new ArrayList<String>();
            if (q.units() != null && !q.units().isEmpty()) {
                scoped.add("EXISTS (SELECT 1 FROM supervision.item_unit s WHERE s.item_id = i.id AND s.org_unit IN (:scope))");
                params.put("scope", q.units().stream().map(OrgUnitId::value).toList());
            }
            if (q.leader() != null) {
                scoped.add("i.leader_person = :leader");
                params.put("leader", q.leader());
            }
            if (!scoped.isEmpty()) {
                parts.add("(" + String.join(" OR ", scoped) + ")");
            } else if (q.units() != null) {
                parts.add("1 = 0");
            }
        }

        private void light(LedgerQuery q, List<String> parts, LocalDate today, LocalDate yellowUntil) {
            if (q.light() == null) {
                return;
            }
            params.put("today", today);
            params.put("yellowUntil", yellowUntil);
            switch (q.light()) {
                case RED -> parts.add("i.status <> 'CLOSED' AND i.due_date < :today");
                case YELLOW -> parts.add("i.status <> 'CLOSED' AND i.due_date >= :today AND i.due_date <= :yellowUntil");
                case GREEN -> parts.add("i.status <> 'CLOSED' AND i.due_date > :yellowUntil");
                case NONE -> parts.add("(i.status = 'CLOSED' OR i.due_date IS NULL)");
            }
        }
    }
}

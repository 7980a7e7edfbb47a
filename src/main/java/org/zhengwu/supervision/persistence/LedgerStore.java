package org.zhengwu.supervision.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.supervision.Item;
import org.zhengwu.supervision.ItemUnit;
import org.zhengwu.supervision.LedgerQuery;

/**
 * The ledger's filtered reads as one SQL statement each: a page of items with its total and
 * units, and the figures a unit's dashboard draws. Lights are date bounds: red before today, yellow up to
 * {@code yellowUntil}, green after it.
 */
@Repository
public class LedgerStore {

    private final JdbcClient jdbc;

    LedgerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of items and how many the filter matches in all. */
    public record Found(List<Item> items, int total) {
    }

    /**
     * One statement: the filtered items' ids and due dates, the page of them joined back to its
     * items' columns and units, and the count of them all on every row. (The count as
     * {@code COUNT(*) OVER ()} carried every matching row's columns through the window and measured
     * four times slower on PostgreSQL at 100,000 items; carrying only id and due date through the
     * filter and the sort, and reading the other columns for the page's 50 rows, measured 3 ms
     * faster a request than carrying every column.) Only a page past the end, which has no row to
     * carry the total, asks for the count again.
     */
    public Found page(LedgerQuery q, LocalDate today, LocalDate yellowUntil) {
        var where = new Where(q, today, yellowUntil);
        var sql = "WITH f AS (SELECT i.id, i.due_date FROM supervision.item i WHERE " + where.sql + "),"
                + " p AS (SELECT * FROM f ORDER BY due_date, id LIMIT :limit OFFSET :offset)"
                + " SELECT " + SupervisedItemStore.COLUMNS + ", (SELECT COUNT(*) FROM f) AS total_count, u.role AS u_role,"
                + " u.position AS u_position, u.name AS u_name, u.org_unit AS u_org_unit, u.collective AS u_collective,"
                + " u.responsible_person AS u_responsible_person"
                + " FROM p JOIN supervision.item i ON i.id = p.id LEFT JOIN supervision.item_unit u ON u.item_id = p.id"
                + " ORDER BY p.due_date, p.id, u.role, u.position";
        var found = new LinkedHashMap<String, Item>();
        var units = new LinkedHashMap<String, List<ItemUnit>>();
        int[] total = {-1};
        jdbc.sql(sql).params(where.params).param("limit", q.limit()).param("offset", q.offset()).query(rs -> {
            var id = rs.getString("id");
            if (!found.containsKey(id)) {
                found.put(id, SupervisedItemStore.map(rs, found.size()));
                units.put(id, new ArrayList<>());
                total[0] = rs.getInt("total_count");
            }
            var role = rs.getString("u_role");
            if (role != null) {
                var unit = rs.getString("u_org_unit");
                units.get(id).add(new ItemUnit(ItemUnit.Role.valueOf(role), rs.getInt("u_position"),
                        rs.getString("u_name"), unit == null ? null : new OrgUnitId(unit),
                        rs.getString("u_collective"), rs.getString("u_responsible_person")));
            }
        });
        var joint = JointUnitRows.of(jdbc, found.values().stream().filter(Item::majorDecision).map(Item::id)
                .toList());
        var items = found.values().stream().map(i -> i.withUnits(units.get(i.id()), joint.getOrDefault(i.id(), List.of())))
                .toList();
        return new Found(items, total[0] >= 0 ? total[0] : q.offset() == 0 ? 0 : count(where));
    }

    private int count(Where where) {
        return jdbc.sql("SELECT COUNT(*) FROM supervision.item i WHERE " + where.sql).params(where.params)
                .query(Integer.class).single();
    }

    /** A filter's dashboard figures: items by status, by month of their due date, and overdue now. */
    public record Figures(Map<String, Integer> byStatus, List<MonthRow> months, int overdue) {
    }

    /**
     * The dashboard's figures in one grouped statement: by status and month of the due date, summed
     * here into items by status (every item), months (items with a due date; {@code on time}
     * counts items closed on or before their due date) and overdue (not closed, due before today:
     * the red light).
     */
    public Figures figures(LedgerQuery q, LocalDate today, LocalDate yellowUntil) {
        var where = new Where(q, today, yellowUntil);
        var byStatus = new LinkedHashMap<String, Integer>();
        var months = new TreeMap<Integer, int[]>();
        jdbc.sql("""
                SELECT i.status, EXTRACT(YEAR FROM i.due_date) y, EXTRACT(MONTH FROM i.due_date) m, COUNT(*) n,
                  SUM(CASE WHEN i.status = 'CLOSED' AND i.closed_on <= i.due_date THEN 1 ELSE 0 END) on_time,
                  SUM(CASE WHEN i.status = 'CLOSED' AND i.closed_on > i.due_date THEN 1 ELSE 0 END) late,
                  SUM(CASE WHEN i.status <> 'CLOSED' AND i.due_date < :today THEN 1 ELSE 0 END) overdue
                FROM supervision.item i WHERE\s""" + where.sql + """
                \sGROUP BY i.status, EXTRACT(YEAR FROM i.due_date), EXTRACT(MONTH FROM i.due_date)""")
                .params(where.params).param("today", today)
                .query(rs -> {
                    byStatus.merge(rs.getString(1), rs.getInt(4), Integer::sum);
                    if (rs.getObject(2) != null) {
                        var row = months.computeIfAbsent(rs.getInt(2) * 100 + rs.getInt(3), k -> new int[4]);
                        row[0] += rs.getInt(4);
                        row[1] += rs.getInt(5);
                        row[2] += rs.getInt(6);
                        row[3] += rs.getInt(7);
                    }
                });
        var rows = months.entrySet().stream().map(e -> new MonthRow(e.getKey() / 100, e.getKey() % 100,
                e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
        return new Figures(byStatus, rows, rows.stream().mapToInt(MonthRow::overdue).sum());
    }

    public record MonthRow(int year, int month, int due, int onTime, int late, int overdue) {
    }

    private static final class Where {
        final String sql;
        final Map<String, Object> params = new LinkedHashMap<>();

        Where(LedgerQuery q, LocalDate today, LocalDate yellowUntil) {
            var parts = new ArrayList<String>();
            parts.add("1 = 1");
            // Enum names and dates go in as literals so that PostgreSQL plans every filter for its
            // values: with parameters, the driver's prepared statement turns to a generic plan after
            // five runs, which guesses the due window's rows badly (measured 2–5× slower at 100,000
            // items). The unit, typed by a person, stays a parameter.
            if (q.source() != null) {
                parts.add("i.source = '" + q.source().name() + "'");
            }
            if (q.status() != null) {
                parts.add("i.status = '" + q.status().name() + "'");
            }
            if (q.unit() != null) {
                parts.add("EXISTS (SELECT 1 FROM supervision.item_unit u WHERE u.item_id = i.id AND u.org_unit = :unit)");
                params.put("unit", q.unit().value());
            }
            scope(q, parts);
            if (q.dueFrom() != null) {
                parts.add("i.due_date >= " + date(q.dueFrom(), "dueFrom"));
            }
            if (q.dueTo() != null) {
                parts.add("i.due_date <= " + date(q.dueTo(), "dueTo"));
            }
            light(q, parts, today, yellowUntil);
            sql = String.join(" AND ", parts);
        }

        /** {@code DATE 'yyyy-mm-dd'} for a four-digit year (all ISO digits and dashes), a parameter otherwise. */
        private String date(LocalDate d, String name) {
            if (d.getYear() >= 1 && d.getYear() <= 9999) {
                return "DATE '" + d + "'";
            }
            params.put(name, d);
            return ":" + name;
        }

        private void scope(LedgerQuery q, List<String> parts) {
            var scoped = new ArrayList<String>();
            if (q.units() != null && !q.units().isEmpty()) {
                scoped.add("EXISTS (SELECT 1 FROM supervision.item_unit s WHERE s.item_id = i.id AND s.org_unit IN (:scope))");
                // WR-66: a joint supervising unit sees the major decisions it supervises
                scoped.add("EXISTS (SELECT 1 FROM supervision.item_joint_unit j WHERE j.item_id = i.id AND j.org_unit IN (:scope))");
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

package org.zhengwu.supervision.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.supervision.Cycle;
import org.zhengwu.supervision.Item;
import org.zhengwu.supervision.ItemStatus;
import org.zhengwu.supervision.ItemUnit;
import org.zhengwu.supervision.Source;

/** Items and their units. */
@Repository
public class SupervisedItemStore {

    static final String COLUMNS = "i.id, i.source, i.source_ref, i.category, i.title, i.detail, i.gazette_document, i.e_id,"
            + " i.doc_number, i.status, i.due_date, i.due_text, i.cycle, i.start_step, i.leader_person, i.leader_name,"
            + " i.opened_on, i.closed_on, i.look_back_due, i.look_back_result, i.major_decision, i.important";

    private final JdbcClient jdbc;

    SupervisedItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The basis a due date is counted from, so that a calendar change can count it again. */
    public record DueBasis(LocalDate from, Integer workingDays, Integer months) {
        public static final DueBasis NONE = new DueBasis(null, null, null);
    }

    public void insert(Item item, DueBasis basis, String createdBy, Instant now) {
        jdbc.sql("""
                INSERT INTO supervision.item (id, source, source_ref, category, title, detail, gazette_document, e_id,
                  doc_number, status, due_date, due_text, due_from, due_working_days, due_months, cycle, start_step,
                  leader_person, leader_name, opened_on, created_by, created_at, major_decision, important)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(item.id(), item.source().name(), item.sourceRef(), item.category(), item.title(), item.detail(),
                        item.gazetteDocument(), item.eId(), item.docNumber(), item.status().name(), item.due(),
                        item.dueText(), basis.from(), basis.workingDays(), basis.months(), item.cycle().name(),
                        item.startStep(), item.leaderPerson(), item.leaderName(), item.openedOn(), createdBy,
                        Timestamp.from(now), item.majorDecision(), item.important())
                .update();
        JointUnitRows.insert(jdbc, item.id(), item.jointUnits());
        for (var u : item.units()) {
            jdbc.sql("""
                    INSERT INTO supervision.item_unit (item_id, role, position, name, org_unit, collective, responsible_person)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(item.id(), u.role().name(), u.position(), u.name(),
                            u.orgUnit() == null ? null : u.orgUnit().value(), u.collective(), u.responsiblePerson())
                    .update();
        }
    }

    /** WR-66: marks an item a major decision supervised jointly with these units (replacing any named before). */
    public boolean markMajorDecision(String id, List<OrgUnitId> joint) {
        if (jdbc.sql("UPDATE supervision.item SET major_decision = TRUE WHERE id = ? AND status <> 'CLOSED'")
                .param(id).update() != 1) {
            return false;
        }
        JointUnitRows.replace(jdbc, id, joint);
        return true;
    }

    /** WR-71(三): marks an item important; false when it was already, or is closed. */
    public boolean markImportant(String id) {
        return jdbc.sql("UPDATE supervision.item SET important = TRUE WHERE id = ? AND important = FALSE AND status <> 'CLOSED'")
                .param(id).update() == 1;
    }

    public boolean exists(Source source, String sourceRef) {
        return jdbc.sql("SELECT COUNT(*) FROM supervision.item WHERE source = ? AND source_ref = ?")
                .params(source.name(), sourceRef).query(Integer.class).single() > 0;
    }

    public Optional<Item> find(String id) {
        return withUnits(jdbc.sql("SELECT " + COLUMNS + " FROM supervision.item i WHERE i.id = ?").param(id)
                .query(SupervisedItemStore::map).list()).stream().findFirst();
    }

    public Optional<Item> bySource(Source source, String sourceRef) {
        return withUnits(jdbc.sql("SELECT " + COLUMNS + " FROM supervision.item i WHERE i.source = ? AND i.source_ref = ?")
                .params(source.name(), sourceRef).query(SupervisedItemStore::map).list()).stream().findFirst();
    }

    public List<Item> ofGazetteDocument(String documentId) {
        return withUnits(jdbc.sql("SELECT " + COLUMNS + " FROM supervision.item i WHERE i.gazette_document = ?"
                + " ORDER BY i.e_id, i.id").param(documentId).query(SupervisedItemStore::map).list());
    }

    /** Moves the status only from the expected one: two people acting at once cannot both succeed. */
    public boolean moveStatus(String id, ItemStatus from, ItemStatus to) {
        return jdbc.sql("UPDATE supervision.item SET status = ? WHERE id = ? AND status = ?")
                .params(to.name(), id, from.name()).update() == 1;
    }

    public void setDue(String id, LocalDate due) {
        jdbc.sql("UPDATE supervision.item SET due_date = ? WHERE id = ?").params(due, id).update();
    }

    public boolean resolveUnit(String id, ItemUnit.Role role, int position, OrgUnitId unit) {
        return jdbc.sql("""
                UPDATE supervision.item_unit SET org_unit = ? WHERE item_id = ? AND role = ? AND position = ?
                AND org_unit IS NULL""").params(unit.value(), id, role.name(), position).update() == 1;
    }

    public int nameResponsible(String id, OrgUnitId unit, String person) {
        return jdbc.sql("UPDATE supervision.item_unit SET responsible_person = ? WHERE item_id = ? AND org_unit = ?")
                .params(person, id, unit.value()).update();
    }

    public boolean close(String id, LocalDate closedOn, LocalDate lookBackDue) {
        return jdbc.sql("""
                UPDATE supervision.item SET status = 'CLOSED', closed_on = ?, look_back_due = ?, look_back_result = NULL
                WHERE id = ? AND status = 'VERIFIED'""").params(closedOn, lookBackDue, id).update() == 1;
    }

    /** Records a look-back on a closed item; a failed one reopens it (WR-68). */
    public boolean lookBack(String id, boolean passed) {
        var sql = passed
                ? "UPDATE supervision.item SET look_back_result = 'PASSED' WHERE id = ? AND status = 'CLOSED' AND look_back_result IS NULL"
                : "UPDATE supervision.item SET look_back_result = 'FAILED', status = 'IN_PROGRESS', closed_on = NULL"
                        + " WHERE id = ? AND status = 'CLOSED' AND look_back_result IS NULL";
        return jdbc.sql(sql).param(id).update() == 1;
    }

    /** Items not closed whose due date is counted from a basis, for a calendar change. */
    public List<Map.Entry<Item, DueBasis>> openWithBasis() {
        var rows = jdbc.sql("SELECT " + COLUMNS + ", i.due_from, i.due_working_days, i.due_months FROM supervision.item i"
                + " WHERE i.status <> 'CLOSED' AND i.due_from IS NOT NULL")
                .query((rs, n) -> Map.entry(map(rs, n), new DueBasis(rs.getObject("due_from", LocalDate.class),
                        (Integer) rs.getObject("due_working_days"), (Integer) rs.getObject("due_months"))))
                .list();
        var items = withUnits(rows.stream().map(Map.Entry::getKey).toList());
        var out = new ArrayList<Map.Entry<Item, DueBasis>>();
        for (int k = 0; k < rows.size(); k++) {
            out.add(Map.entry(items.get(k), rows.get(k).getValue()));
        }
        return out;
    }

    List<Item> withUnits(List<Item> items) {
        if (items.isEmpty()) {
            return items;
        }
        var ids = items.stream().map(Item::id).toList();
        var units = new LinkedHashMap<String, List<ItemUnit>>();
        jdbc.sql("""
                SELECT item_id, role, position, name, org_unit, collective, responsible_person FROM supervision.item_unit
                WHERE item_id IN (:ids) ORDER BY item_id, role, position""").param("ids", ids)
                .query(rs -> {
                    var unit = rs.getString("org_unit");
                    units.computeIfAbsent(rs.getString("item_id"), k -> new ArrayList<>()).add(new ItemUnit(
                            ItemUnit.Role.valueOf(rs.getString("role")), rs.getInt("position"), rs.getString("name"),
                            unit == null ? null : new OrgUnitId(unit), rs.getString("collective"),
                            rs.getString("responsible_person")));
                });
        var joint = JointUnitRows.of(jdbc, ids);
        return items.stream().map(i -> i.withUnits(units.getOrDefault(i.id(), List.of()),
                joint.getOrDefault(i.id(), List.of()))).toList();
    }

    static Item map(ResultSet rs, int row) throws SQLException {
        return new Item(rs.getString("id"), Source.valueOf(rs.getString("source")), rs.getString("source_ref"),
                rs.getString("category"), rs.getString("title"), rs.getString("detail"), rs.getString("gazette_document"),
                rs.getString("e_id"), rs.getString("doc_number"), ItemStatus.valueOf(rs.getString("status")),
                rs.getObject("due_date", LocalDate.class), rs.getString("due_text"), Cycle.valueOf(rs.getString("cycle")),
                rs.getInt("start_step"), rs.getString("leader_person"), rs.getString("leader_name"),
                rs.getObject("opened_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                rs.getObject("look_back_due", LocalDate.class), rs.getString("look_back_result"), List.of(),
                rs.getBoolean("major_decision"), rs.getBoolean("important"), List.of());
    }
}

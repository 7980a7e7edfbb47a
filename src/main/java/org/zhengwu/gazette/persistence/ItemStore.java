package org.zhengwu.gazette.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.gazette.domain.model.Appointment;
import org.zhengwu.gazette.domain.model.ChronicleEntry;
import org.zhengwu.gazette.domain.model.PlanItem;
import org.zhengwu.gazette.domain.model.Task;

/** What was extracted from documents: tasks, appointments, chronicle entries, legislation plan items. */
@Repository
public class ItemStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ItemStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void insertTasks(String documentId, List<Task> tasks) {
        insert("INSERT INTO gazette.task (document_id, ord, e_id, body, lead_units, responsible_units, deadline,"
                + " deadline_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", tasks, (t, ord) -> new Object[] {documentId, ord,
                    t.eId(), t.text(), Lines.join(t.leadUnits()), Lines.join(t.responsibleUnits()), t.deadline(),
                    t.deadlineText()});
    }

    public void insertAppointments(String documentId, List<Appointment> appointments) {
        insert("INSERT INTO gazette.appointment (document_id, ord, action, person, post, qualifiers)"
                + " VALUES (?, ?, ?, ?, ?, ?)", appointments, (a, ord) -> new Object[] {documentId, ord,
                    a.action().name(), a.person(), a.post(), Lines.join(a.qualifiers())});
    }

    public void insertChronicle(String documentId, List<ChronicleEntry> entries) {
        insert("INSERT INTO gazette.chronicle_entry (document_id, ord, entry_date, body) VALUES (?, ?, ?, ?)", entries,
                (e, ord) -> new Object[] {documentId, ord, e.date(), e.text()});
    }

    public void insertPlanItems(String documentId, List<PlanItem> items) {
        insert("INSERT INTO gazette.plan_item (document_id, ord, category, title, drafting_department, stage,"
                + " stage_text, plan_title) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", items, (i, ord) -> new Object[] {
                    documentId, ord, i.category().name(), i.title(), i.draftingDepartment(), i.stage(), i.stageText(),
                    i.plan()});
    }

    /** One batch for a document's items of a kind, numbered from 1 in their order; nothing for none. */
    private <T> void insert(String sql, List<T> items, BiFunction<T, Integer, Object[]> row) {
        if (items.isEmpty()) {
            return;
        }
        var args = new ArrayList<Object[]>(items.size());
        for (int k = 0; k < items.size(); k++) {
            args.add(row.apply(items.get(k), k + 1));
        }
        batch.batchUpdate(sql, args);
    }

    public List<Task> tasksOf(String documentId) {
        return jdbc.sql("SELECT * FROM gazette.task WHERE document_id = ? ORDER BY ord").param(documentId)
                .query((rs, n) -> new Task(rs.getString("body"), Lines.split(rs.getString("lead_units")),
                        Lines.split(rs.getString("responsible_units")), rs.getObject("deadline", LocalDate.class),
                        rs.getString("deadline_text"), rs.getString("e_id")))
                .list();
    }

    public List<Appointment> appointmentsOf(String documentId) {
        return jdbc.sql("SELECT * FROM gazette.appointment WHERE document_id = ? ORDER BY ord").param(documentId)
                .query((rs, n) -> new Appointment(Appointment.Action.valueOf(rs.getString("action")),
                        rs.getString("person"), rs.getString("post"), Lines.split(rs.getString("qualifiers"))))
                .list();
    }

    public List<ChronicleEntry> chronicleOf(String documentId) {
        return jdbc.sql("SELECT * FROM gazette.chronicle_entry WHERE document_id = ? ORDER BY ord").param(documentId)
                .query((rs, n) -> new ChronicleEntry(rs.getObject("entry_date", LocalDate.class), rs.getString("body")))
                .list();
    }

    public List<PlanItem> planItemsOf(String documentId) {
        return jdbc.sql("SELECT * FROM gazette.plan_item WHERE document_id = ? ORDER BY ord").param(documentId)
                .query((rs, n) -> new PlanItem(PlanItem.Category.valueOf(rs.getString("category")),
                        rs.getString("title"), rs.getString("drafting_department"), rs.getString("stage"),
                        rs.getString("stage_text"), rs.getString("plan_title")))
                .list();
    }
}

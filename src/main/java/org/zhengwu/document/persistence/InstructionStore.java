package org.zhengwu.document.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Leaders' instructions (WR-72, WR-73). */
@Repository
public class InstructionStore {

    private final JdbcClient jdbc;

    InstructionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(InstructionRecord i) {
        jdbc.sql("""
                INSERT INTO document.instruction (id, document_id, source, leader_person, leader_name, leader_post,
                  acting_for, routed_post, text, instructed_on, forwarded_on, forwarded_late, lead_handler, co_handlers,
                  limit_days, due, due_note, provisional, status, version, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
                .params(i.id(), i.documentId(), i.source(), i.leaderPerson(), i.leaderName(), i.leaderPost(),
                        i.actingFor(), i.routedPost(), i.text(), IncomingStore.date(i.instructedOn()),
                        IncomingStore.date(i.forwardedOn()), i.forwardedLate(), i.leadHandler(),
                        String.join(",", i.coHandlers()), i.limitDays(), IncomingStore.date(i.due()), i.dueNote(),
                        i.provisional(), i.status().name(), Timestamp.from(i.createdAt()))
                .update();
    }

    /** Saves the new state unless someone acted first (then false). */
    public boolean update(InstructionRecord i, int expectedVersion) {
        return jdbc.sql("""
                UPDATE document.instruction SET forwarded_on = ?, forwarded_late = ?, due = ?, due_note = ?,
                  provisional = ?, status = ?, result = ?, summary = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(IncomingStore.date(i.forwardedOn()), i.forwardedLate(), IncomingStore.date(i.due()), i.dueNote(),
                        i.provisional(), i.status().name(), i.result(), i.summary(), i.id(), expectedVersion)
                .update() == 1;
    }

    public Optional<InstructionRecord> find(String id) {
        return jdbc.sql("SELECT * FROM document.instruction WHERE id = ?").param(id).query(InstructionStore::map).optional();
    }

    public List<InstructionRecord> forDocument(String documentId) {
        return jdbc.sql("SELECT * FROM document.instruction WHERE document_id = ? ORDER BY created_at, id")
                .param(documentId).query(InstructionStore::map).list();
    }

    public List<InstructionRecord> withStatus(InstructionRecord.Status status) {
        return jdbc.sql("SELECT * FROM document.instruction WHERE status = ? ORDER BY due, id").param(status.name())
                .query(InstructionStore::map).list();
    }

    static InstructionRecord map(ResultSet rs, int n) throws SQLException {
        var co = rs.getString("co_handlers");
        return new InstructionRecord(rs.getString("id"), rs.getString("document_id"), rs.getString("source"),
                rs.getString("leader_person"), rs.getString("leader_name"), rs.getString("leader_post"),
                rs.getString("acting_for"), rs.getString("routed_post"), rs.getString("text"),
                IncomingStore.localDate(rs, "instructed_on"), IncomingStore.localDate(rs, "forwarded_on"),
                rs.getBoolean("forwarded_late"), rs.getString("lead_handler"),
                co == null || co.isBlank() ? List.of() : Arrays.asList(co.split(",")), rs.getInt("limit_days"),
                IncomingStore.localDate(rs, "due"), rs.getString("due_note"), rs.getBoolean("provisional"),
                InstructionRecord.Status.valueOf(rs.getString("status")), rs.getString("result"),
                rs.getString("summary"), rs.getInt("version"), IncomingStore.instant(rs, "created_at"));
    }
}

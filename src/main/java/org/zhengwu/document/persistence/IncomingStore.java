package org.zhengwu.document.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incoming documents, their submissions and timeline, readers and the registration serial. */
@Repository
public class IncomingStore {

    private final JdbcClient jdbc;

    IncomingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Incoming d) {
        jdbc.sql("""
                INSERT INTO document.incoming (id, unit_id, lead_unit, kind, title, doc_number, classified, status,
                  submissions, submitted_by, received_on, version, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
                .params(d.id(), d.unitId(), d.leadUnit(), d.kind(), d.title(), d.docNumber(), d.classified(),
                        d.status().name(), d.submissions(), d.submittedBy(), date(d.receivedOn()),
                        Timestamp.from(d.createdAt()))
                .update();
    }

    public Optional<Incoming> find(String id) {
        return jdbc.sql("SELECT * FROM document.incoming WHERE id = ?").param(id).query(IncomingStore::incoming).optional();
    }

    /**
     * Saves the document's new state if nobody changed it since {@code expectedVersion}; answers
     * whether it did (false: someone else acted first).
     */
    public boolean update(Incoming d, int expectedVersion) {
        return jdbc.sql("""
                UPDATE document.incoming SET lead_unit = ?, kind = ?, title = ?, doc_number = ?, classified = ?,
                  status = ?, submissions = ?, received_on = ?, serial_year = ?, serial_no = ?, clock_limit = ?,
                  special_reason = ?, reply_due = ?, reply_provisional = ?, reply_explanation = ?, routed_post = ?,
                  handler_unit = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(d.leadUnit(), d.kind(), d.title(), d.docNumber(), d.classified(), d.status().name(),
                        d.submissions(), date(d.receivedOn()), d.serialYear(), d.serialNo(), d.clockLimit(),
                        d.specialReason(), date(d.replyDue()), d.replyProvisional(), d.replyExplanation(),
                        d.routedPost(), d.handlerUnit(), d.id(), expectedVersion)
                .update() == 1;
    }

    /** Every document, newest first (the caller filters by visibility). */
    public List<Incoming> recent(int limit) {
        return jdbc.sql("SELECT * FROM document.incoming ORDER BY created_at DESC, id LIMIT ?").param(limit)
                .query(IncomingStore::incoming).list();
    }

    public List<Incoming> open() {
        return jdbc.sql("SELECT * FROM document.incoming WHERE status IN ('REGISTERED', 'ROUTED', 'FORWARDED')")
                .query(IncomingStore::incoming).list();
    }

    /**
     * The next registration serial of the year: gap-free and unique under concurrent registrations
     * (the year's row is locked by the increment until the transaction ends; a rollback returns the number).
     */
    public int nextSerial(int year) {
        jdbc.sql("INSERT INTO document.serial (serial_year, last_no) VALUES (?, 0) ON CONFLICT DO NOTHING").param(year)
                .update();
        jdbc.sql("UPDATE document.serial SET last_no = last_no + 1 WHERE serial_year = ?").param(year).update();
        return jdbc.sql("SELECT last_no FROM document.serial WHERE serial_year = ?").param(year).query(Integer.class).single();
    }

    public void addSubmission(SubmissionRecord s) {
        jdbc.sql("""
                INSERT INTO document.submission (document_id, seq, payload, outcome, findings, lead_unit, submitted_on,
                  submitted_by, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.documentId(), s.seq(), s.payload(), s.outcome(), s.findings(), s.leadUnit(),
                        Date.valueOf(s.submittedOn()), s.submittedBy(), Timestamp.from(s.submittedAt()))
                .update();
    }

    public void setSubmissionOutcome(String documentId, int seq, String outcome) {
        jdbc.sql("UPDATE document.submission SET outcome = ? WHERE document_id = ? AND seq = ?")
                .params(outcome, documentId, seq).update();
    }

    public List<SubmissionRecord> submissions(String documentId) {
        return jdbc.sql("SELECT * FROM document.submission WHERE document_id = ? ORDER BY seq").param(documentId)
                .query((rs, n) -> new SubmissionRecord(rs.getString("document_id"), rs.getInt("seq"),
                        rs.getString("payload"), rs.getString("outcome"), rs.getString("findings"),
                        rs.getString("lead_unit"), rs.getDate("submitted_on").toLocalDate(),
                        rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }

    /** Returned submissions per lead unit in [from, to]: the WR-56.5 statistics. */
    public List<UnitCount> returnsPerUnit(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT lead_unit, COUNT(*) AS n FROM document.submission
                WHERE outcome = 'RETURNED' AND submitted_on >= ? AND submitted_on <= ? AND lead_unit IS NOT NULL
                GROUP BY lead_unit ORDER BY n DESC, lead_unit""")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new UnitCount(rs.getString("lead_unit"), rs.getInt("n"))).list();
    }

    /** A unit and a count. */
    public record UnitCount(String unit, int count) {
    }

    public void addStep(StepRecord s) {
        jdbc.sql("""
                INSERT INTO document.step (document_id, action, actor, actor_name, acting_for, acting_note, rule_id, due,
                  due_note, provisional, note, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.documentId(), s.action(), s.actor(), s.actorName(), s.actingFor(), s.actingNote(), s.rule(),
                        date(s.due()), s.dueNote(), s.provisional(), s.note(), Timestamp.from(s.at()))
                .update();
    }

    public List<StepRecord> steps(String documentId) {
        return jdbc.sql("SELECT * FROM document.step WHERE document_id = ? ORDER BY id").param(documentId)
                .query((rs, n) -> new StepRecord(rs.getLong("id"), rs.getString("document_id"), rs.getString("action"),
                        rs.getString("actor"), rs.getString("actor_name"), rs.getString("acting_for"),
                        rs.getString("acting_note"), rs.getString("rule_id"), localDate(rs, "due"),
                        rs.getString("due_note"), rs.getBoolean("provisional"), rs.getString("note"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    public void addReader(String documentId, String reader) {
        jdbc.sql("DELETE FROM document.reader WHERE document_id = ? AND reader = ?").params(documentId, reader).update();
        jdbc.sql("INSERT INTO document.reader (document_id, reader) VALUES (?, ?)").params(documentId, reader).update();
    }

    public List<String> readers(String documentId) {
        return jdbc.sql("SELECT reader FROM document.reader WHERE document_id = ? ORDER BY reader").param(documentId)
                .query(String.class).list();
    }

    public void addAttachment(AttachmentRecord a, byte[] content) {
        jdbc.sql("""
                INSERT INTO document.attachment (id, document_id, seq, file_name, media_type, size_bytes, content)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.documentId(), a.seq(), a.fileName(), a.mediaType(), a.size(), content).update();
    }

    public List<AttachmentRecord> attachments(String documentId) {
        return jdbc.sql("""
                SELECT id, document_id, seq, file_name, media_type, size_bytes FROM document.attachment
                WHERE document_id = ? ORDER BY seq, file_name""").param(documentId)
                .query((rs, n) -> new AttachmentRecord(rs.getString("id"), rs.getString("document_id"), rs.getInt("seq"),
                        rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes")))
                .list();
    }

    static Incoming incoming(ResultSet rs, int n) throws SQLException {
        return new Incoming(rs.getString("id"), rs.getString("unit_id"), rs.getString("lead_unit"), rs.getString("kind"),
                rs.getString("title"), rs.getString("doc_number"), rs.getBoolean("classified"),
                Incoming.Status.valueOf(rs.getString("status")), rs.getInt("submissions"), rs.getString("submitted_by"),
                localDate(rs, "received_on"), (Integer) rs.getObject("serial_year", Integer.class),
                rs.getObject("serial_no", Integer.class), rs.getObject("clock_limit", Integer.class),
                rs.getString("special_reason"), localDate(rs, "reply_due"), rs.getBoolean("reply_provisional"),
                rs.getString("reply_explanation"), rs.getString("routed_post"), rs.getString("handler_unit"),
                rs.getInt("version"), rs.getTimestamp("created_at").toInstant());
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        var d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}

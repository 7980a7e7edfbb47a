package org.zhengwu.supervision.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.supervision.Report;

/** Progress reports and their attachments. */
@Repository
public class ReportStore {

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String itemId, String orgUnit, boolean consolidated, String period, String text, int percent,
            String by, Instant at) {
        jdbc.sql("""
                INSERT INTO supervision.report (item_id, org_unit, consolidated, period, text, percent, status,
                  submitted_by, submitted_at) VALUES (?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)""")
                .params(itemId, orgUnit, consolidated, period, text, percent, by, Timestamp.from(at)).update();
        return jdbc.sql("SELECT MAX(id) FROM supervision.report WHERE item_id = ? AND submitted_by = ?")
                .params(itemId, by).query(Long.class).single();
    }

    public void attach(long reportId, String filename, String contentType, byte[] content) {
        jdbc.sql("""
                INSERT INTO supervision.attachment (report_id, filename, content_type, size_bytes, content)
                VALUES (?, ?, ?, ?, ?)""").params(reportId, filename, contentType, content.length, content).update();
    }

    public boolean returnReport(long id, String itemId, String reason) {
        return jdbc.sql("""
                UPDATE supervision.report SET status = 'RETURNED', return_reason = ? WHERE id = ? AND item_id = ?
                AND status = 'SUBMITTED'""").params(reason, id, itemId).update() == 1;
    }

    public void acceptAll(String itemId) {
        jdbc.sql("UPDATE supervision.report SET status = 'ACCEPTED' WHERE item_id = ? AND status = 'SUBMITTED'")
                .param(itemId).update();
    }

    public List<Report> of(String itemId) {
        var attachments = new LinkedHashMap<Long, List<Report.Attachment>>();
        jdbc.sql("""
                SELECT a.id, a.report_id, a.filename, a.content_type, a.size_bytes FROM supervision.attachment a
                JOIN supervision.report r ON r.id = a.report_id WHERE r.item_id = ? ORDER BY a.id""").param(itemId)
                .query(rs -> {
                    attachments.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Report.Attachment(
                            rs.getLong(1), rs.getString(3), rs.getString(4), rs.getLong(5)));
                });
        return jdbc.sql("""
                SELECT id, org_unit, consolidated, period, text, percent, status, return_reason, submitted_by, submitted_at
                FROM supervision.report WHERE item_id = ? ORDER BY id""").param(itemId)
                .query((rs, n) -> new Report(rs.getLong("id"), itemId, rs.getString("org_unit"),
                        rs.getBoolean("consolidated"), rs.getString("period"), rs.getString("text"), rs.getInt("percent"),
                        Report.Status.valueOf(rs.getString("status")), rs.getString("return_reason"),
                        rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant(),
                        attachments.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** An attachment's name, type and bytes, with the item it belongs to (for the access check). */
    public Optional<StoredFile> file(long attachmentId) {
        return jdbc.sql("""
                SELECT r.item_id, a.filename, a.content_type, a.content FROM supervision.attachment a
                JOIN supervision.report r ON r.id = a.report_id WHERE a.id = ?""").param(attachmentId)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }

    public record StoredFile(String itemId, String filename, String contentType, byte[] content) {
    }
}

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
import org.zhengwu.supervision.FieldStudy;
import org.zhengwu.supervision.Report;
import org.zhengwu.supervision.persistence.ReportStore.StoredFile;

/** Field studies of important items (WR-71(三)), their units and attachments. */
@Repository
public class FieldStudyStore {

    private static final String SELECT = """
            SELECT s.id, s.item_id, i.title, s.date_from, s.date_to, s.places, s.findings, s.recorded_by, s.recorded_at
            FROM supervision.field_study s JOIN supervision.item i ON i.id = s.item_id""";

    private final JdbcClient jdbc;

    FieldStudyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String itemId, LocalDate from, LocalDate to, List<OrgUnitId> units, String places,
            String findings, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO supervision.field_study (item_id, date_from, date_to, places, findings, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""").params(itemId, from, to, places, findings, by, Timestamp.from(at)).update();
        long id = jdbc.sql("SELECT MAX(id) FROM supervision.field_study WHERE item_id = ? AND recorded_by = ?")
                .params(itemId, by).query(Long.class).single();
        for (int k = 0; k < units.size(); k++) {
            jdbc.sql("INSERT INTO supervision.field_study_unit (field_study_id, position, org_unit) VALUES (?, ?, ?)")
                    .params(id, k, units.get(k).value()).update();
        }
        return id;
    }

    public void attach(long studyId, String filename, String contentType, byte[] content) {
        jdbc.sql("""
                INSERT INTO supervision.field_study_attachment (field_study_id, filename, content_type, size_bytes, content)
                VALUES (?, ?, ?, ?, ?)""").params(studyId, filename, contentType, content.length, content).update();
    }

    public List<FieldStudy> ofItem(String itemId) {
        return complete(jdbc.sql(SELECT + " WHERE s.item_id = ? ORDER BY s.date_from, s.id").param(itemId)
                .query(FieldStudyStore::map).list());
    }

    /** The studies begun within the period, the earliest first. */
    public List<FieldStudy> between(LocalDate from, LocalDate to) {
        return complete(jdbc.sql(SELECT + " WHERE s.date_from >= ? AND s.date_from <= ? ORDER BY s.date_from, s.id")
                .params(from, to).query(FieldStudyStore::map).list());
    }

    public Optional<StoredFile> file(long attachmentId) {
        return jdbc.sql("""
                SELECT s.item_id, a.filename, a.content_type, a.content FROM supervision.field_study_attachment a
                JOIN supervision.field_study s ON s.id = a.field_study_id WHERE a.id = ?""").param(attachmentId)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }

    private List<FieldStudy> complete(List<FieldStudy> found) {
        if (found.isEmpty()) {
            return found;
        }
        var ids = found.stream().map(FieldStudy::id).toList();
        Map<Long, List<OrgUnitId>> units = new LinkedHashMap<>();
        jdbc.sql("SELECT field_study_id, org_unit FROM supervision.field_study_unit WHERE field_study_id IN (:ids)"
                + " ORDER BY field_study_id, position").param("ids", ids).query(rs -> {
                    units.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new OrgUnitId(rs.getString(2)));
                });
        Map<Long, List<Report.Attachment>> files = new LinkedHashMap<>();
        jdbc.sql("SELECT id, field_study_id, filename, content_type, size_bytes FROM supervision.field_study_attachment"
                + " WHERE field_study_id IN (:ids) ORDER BY id").param("ids", ids).query(rs -> {
                    files.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Report.Attachment(rs.getLong(1),
                            rs.getString(3), rs.getString(4), rs.getLong(5)));
                });
        return found.stream().map(s -> new FieldStudy(s.id(), s.itemId(), s.itemTitle(), s.from(), s.to(),
                units.getOrDefault(s.id(), List.of()), s.places(), s.findings(), s.recordedBy(), s.recordedAt(),
                files.getOrDefault(s.id(), List.of()))).toList();
    }

    private static FieldStudy map(ResultSet rs, int row) throws SQLException {
        return new FieldStudy(rs.getLong("id"), rs.getString("item_id"), rs.getString("title"),
                rs.getObject("date_from", LocalDate.class), rs.getObject("date_to", LocalDate.class), List.of(),
                rs.getString("places"), rs.getString("findings"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(), List.of());
    }
}

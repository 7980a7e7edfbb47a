package org.zhengwu.gazette.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengwu.gazette.Difference;
import org.zhengwu.gazette.DifferenceKind;
import org.zhengwu.gazette.Revision;

/** The files accepted for an issue (versions and errata) with the differences each brought. */
@Repository
public class RevisionStore {

    private final JdbcClient jdbc;

    RevisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the file as the next revision of its kind; returns its number. */
    public int insert(long issueId, Revision.Kind kind, StoredFile file, String note, String by, Instant at,
            List<Difference> differences) {
        int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM gazette.revision WHERE issue_id = ? AND kind = ?")
                .params(issueId, kind.name()).query(Integer.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO gazette.revision (issue_id, kind, seq, content_hash, file_name, file_format, file_sha256,"
                        + " file_size, file_bytes, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(issueId, kind.name(), seq, file.contentHash(), file.name(), file.format(), file.sha256(),
                        file.bytes().length, file.bytes(), note, by, at.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (int k = 0; k < differences.size(); k++) {
            insertChange(id, k + 1, differences.get(k));
        }
        return seq;
    }

    private void insertChange(long revisionId, int seq, Difference d) {
        jdbc.sql("INSERT INTO gazette.revision_change (revision_id, seq, change_kind, document_id, document_title,"
                        + " e_id, detail, new_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(revisionId, seq, d.kind().name(), d.documentId(), d.documentTitle(), d.eId(), d.detail(),
                        d.newText())
                .update();
    }

    /** Whether a file of this content was accepted for the issue as an erratum before. */
    public boolean hasErratumWith(long issueId, String contentHash) {
        return jdbc.sql("SELECT COUNT(*) FROM gazette.revision WHERE issue_id = ? AND kind = 'ERRATUM' AND content_hash = ?")
                .params(issueId, contentHash).query(Integer.class).single() > 0;
    }

    /** The issue's revisions, oldest first, each with its differences. */
    public List<Revision> of(long issueId) {
        var rows = jdbc.sql("SELECT id, kind, seq, file_name, file_format, file_sha256, file_size, note, recorded_by,"
                        + " recorded_at FROM gazette.revision WHERE issue_id = ? ORDER BY id")
                .param(issueId).query((rs, n) -> new Row(rs.getLong("id"), revision(rs))).list();
        return rows.stream().map(row -> row.withChanges(changes(row.id()))).toList();
    }

    /** The bytes of a version's file, as accepted. */
    public byte[] fileOf(long issueId, Revision.Kind kind, int number) {
        return jdbc.sql("SELECT file_bytes FROM gazette.revision WHERE issue_id = ? AND kind = ? AND seq = ?")
                .params(issueId, kind.name(), number).query((rs, n) -> rs.getBytes(1)).single();
    }

    /** The errata concerning a document, oldest first: the erratum's number and note with each difference. */
    public List<ErratumRow> errataOf(String documentId) {
        return jdbc.sql("SELECT r.seq, r.note, r.recorded_at, c.* FROM gazette.revision_change c"
                        + " JOIN gazette.revision r ON r.id = c.revision_id"
                        + " WHERE c.document_id = ? AND r.kind = 'ERRATUM' ORDER BY r.seq, c.seq")
                .param(documentId)
                .query((rs, n) -> new ErratumRow(rs.getInt("seq"), rs.getString("note"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), change(rs)))
                .list();
    }

    private List<Difference> changes(long revisionId) {
        return jdbc.sql("SELECT * FROM gazette.revision_change WHERE revision_id = ? ORDER BY seq")
                .param(revisionId).query((rs, n) -> change(rs)).list();
    }

    private static Difference change(ResultSet rs) throws SQLException {
        return new Difference(DifferenceKind.valueOf(rs.getString("change_kind")), rs.getString("document_id"),
                rs.getString("document_title"), rs.getString("e_id"), rs.getString("detail"), rs.getString("new_text"));
    }

    private static Revision revision(ResultSet rs) throws SQLException {
        return new Revision(Revision.Kind.valueOf(rs.getString("kind")), rs.getInt("seq"), rs.getString("file_name"),
                rs.getString("file_format"), rs.getString("file_sha256"), rs.getLong("file_size"), rs.getString("note"),
                rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), List.of());
    }

    private record Row(long id, Revision revision) {
        Revision withChanges(List<Difference> differences) {
            var r = revision;
            return new Revision(r.kind(), r.number(), r.fileName(), r.fileFormat(), r.fileSha256(), r.fileSize(),
                    r.note(), r.recordedBy(), r.recordedAt(), differences);
        }
    }

    /** One difference an erratum recorded. */
    public record ErratumRow(int number, String note, Instant recordedAt, Difference difference) {
    }
}

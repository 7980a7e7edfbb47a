package org.zhengwu.gazette.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.gazette.Amendment;

/** Repeals and amendments recorded against published documents. */
@Repository
public class AmendmentStore {

    private final JdbcClient jdbc;

    AmendmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String documentId, Amendment a) {
        jdbc.sql("INSERT INTO gazette.amendment (document_id, kind, by_doc_number, effective_on, note, recorded_by,"
                        + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(documentId, a.kind().name(), a.byDocNumber(), a.effectiveOn(), a.note(), a.recordedBy(),
                        a.recordedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The document's repeals and amendments, in the order they take effect. */
    public List<Amendment> of(String documentId) {
        return jdbc.sql("SELECT a.*, (SELECT MIN(d.id) FROM gazette.document d WHERE d.doc_number = a.by_doc_number)"
                        + " AS by_id FROM gazette.amendment a WHERE a.document_id = ? ORDER BY a.effective_on, a.id")
                .param(documentId)
                .query((rs, n) -> new Amendment(Amendment.Kind.valueOf(rs.getString("kind")),
                        rs.getString("by_doc_number"), rs.getString("by_id"),
                        rs.getObject("effective_on", LocalDate.class), rs.getString("note"), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}

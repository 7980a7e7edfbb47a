package org.zhengwu.gazette.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.gazette.OutgoingDocumentQueuedForGazette;
import org.zhengwu.gazette.QueuedDocument;

/** The queue of documents waiting for the next issue (待刊登): one row per document of the desk. */
@Repository
public class QueueStore {

    private static final String ORDER = " ORDER BY released_on, queued_at, source_id";

    private final JdbcClient jdbc;

    QueueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the document unless it is queued (or was compiled) already; true when this call added it. */
    public boolean add(OutgoingDocumentQueuedForGazette e, Instant at) {
        return jdbc.sql("INSERT INTO gazette.queued_document (source_id, origin, doc_number, title, issuer, addressees, body,"
                        + " interpretation, signed_on, released_on, queued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(e.documentId(), e.origin().name(), e.docNumber(), e.title(), e.issuer(), Lines.join(e.addressees()),
                        Lines.join(e.paragraphs()), e.interpretation(), e.signedOn(), e.releasedOn(), at.atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    public Optional<QueuedDocument> find(String sourceId) {
        return jdbc.sql("SELECT * FROM gazette.queued_document WHERE source_id = ?").param(sourceId)
                .query(QueueStore::map).optional();
    }

    /** The waiting documents, oldest release first. */
    public List<QueuedDocument> waiting() {
        return jdbc.sql("SELECT * FROM gazette.queued_document WHERE issue_id IS NULL" + ORDER).query(QueueStore::map).list();
    }

    /** The waiting documents, locked until the transaction ends: two compilations do not take the same ones. */
    public List<QueuedDocument> lockWaiting() {
        return jdbc.sql("SELECT * FROM gazette.queued_document WHERE issue_id IS NULL" + ORDER + " FOR UPDATE")
                .query(QueueStore::map).list();
    }

    public List<QueuedDocument> compiledInto(long issueId) {
        return jdbc.sql("SELECT * FROM gazette.queued_document WHERE issue_id = ?" + ORDER).param(issueId)
                .query(QueueStore::map).list();
    }

    /** Marks the documents as compiled into the issue; the number of rows that were still waiting. */
    public int compiled(List<String> sourceIds, long issueId, String by, Instant at) {
        int n = 0;
        for (var id : sourceIds) {
            n += jdbc.sql("UPDATE gazette.queued_document SET issue_id = ?, compiled_by = ?, compiled_at = ?"
                            + " WHERE source_id = ? AND issue_id IS NULL")
                    .params(issueId, by, at.atOffset(ZoneOffset.UTC), id).update();
        }
        return n;
    }

    static QueuedDocument map(ResultSet rs, int row) throws SQLException {
        return new QueuedDocument(rs.getString("source_id"),
                OutgoingDocumentQueuedForGazette.Origin.valueOf(rs.getString("origin")), rs.getString("doc_number"),
                rs.getString("title"), rs.getString("issuer"), Lines.split(rs.getString("addressees")),
                Lines.split(rs.getString("body")), rs.getString("interpretation"),
                rs.getObject("signed_on", java.time.LocalDate.class), rs.getObject("released_on", java.time.LocalDate.class),
                rs.getObject("queued_at", OffsetDateTime.class).toInstant(), rs.getObject("issue_id", Long.class));
    }
}

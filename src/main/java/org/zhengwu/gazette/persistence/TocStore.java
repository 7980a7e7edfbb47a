package org.zhengwu.gazette.persistence;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.gazette.domain.model.DocNumber;
import org.zhengwu.gazette.domain.model.TocEntry;

/** An issue's catalogue (目录) as printed, each entry with the document it names. */
@Repository
public class TocStore {

    private final JdbcClient jdbc;

    TocStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the issue's catalogue; {@code documentIds} has the id each entry names, or null. */
    public void replace(long issueId, List<TocEntry> entries, List<String> documentIds) {
        jdbc.sql("DELETE FROM gazette.toc_entry WHERE issue_id = ?").param(issueId).update();
        for (int k = 0; k < entries.size(); k++) {
            var e = entries.get(k);
            jdbc.sql("INSERT INTO gazette.toc_entry (issue_id, ord, section, title, doc_number, page, source_line,"
                            + " document_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(issueId, k + 1, e.section(), e.title(), e.docNumber() == null ? null : e.docNumber().toString(),
                            e.page(), e.line(), documentIds.get(k))
                    .update();
        }
    }

    public List<Row> of(long issueId) {
        return jdbc.sql("SELECT * FROM gazette.toc_entry WHERE issue_id = ? ORDER BY ord").param(issueId)
                .query((rs, n) -> new Row(new TocEntry(rs.getString("section"), rs.getString("title"),
                        DocNumber.parse(String.valueOf(rs.getString("doc_number"))).orElse(null),
                        rs.getObject("page", Integer.class), rs.getInt("source_line")), rs.getString("document_id")))
                .list();
    }

    /** An entry with the id of the document it names, null when it names none of the issue's. */
    public record Row(TocEntry entry, String documentId) {
    }
}

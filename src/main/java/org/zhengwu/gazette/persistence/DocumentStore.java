package org.zhengwu.gazette.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.gazette.Disclosure;
import org.zhengwu.gazette.GazetteDocument;
import org.zhengwu.gazette.IssueSummary;
import org.zhengwu.gazette.domain.model.ParsedDocument;

/** Documents of the current version of each issue, with their disclosure. */
@Repository
public class DocumentStore {

    private static final String SELECT = "SELECT d.*, (SELECT t.section FROM gazette.toc_entry t"
            + " WHERE t.document_id = d.id ORDER BY t.ord LIMIT 1) AS section FROM gazette.document d ";

    private final JdbcClient jdbc;
    private final IssueStore issues;

    DocumentStore(JdbcClient jdbc, IssueStore issues) {
        this.jdbc = jdbc;
        this.issues = issues;
    }

    public void insert(String id, long issueId, int position, ParsedDocument d, DisclosureRow disclosure) {
        var number = d.docNumber();
        jdbc.sql("INSERT INTO gazette.document (id, issue_id, ord, doc_number, agency_code, doc_year, doc_sequence,"
                        + " issuer, title, kind, issued_kind, signed_date, signed_date_text, signer, addressees,"
                        + " effective_from, effective_until, page, source_line, disclosure, disclosure_reason, classified)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, issueId, position, number == null ? null : number.toString(),
                        number == null ? null : number.agencyCode(), number == null ? null : number.year(),
                        number == null ? null : number.sequence(), d.issuer(), d.title(), d.kind().name(),
                        d.issuedKind() == null ? null : d.issuedKind().name(), d.signedDate(), d.signedDateText(),
                        d.signer(), Lines.join(d.addressees()), d.effectiveFrom(), d.effectiveUntil(), d.page(),
                        d.line(), disclosure.disclosure().name(), disclosure.reason(), disclosure.classified())
                .update();
    }

    /** Deletes the issue's documents with their units and items (a draft's content before a new version). */
    public void deleteOf(long issueId) {
        jdbc.sql("DELETE FROM gazette.document WHERE issue_id = ?").param(issueId).update();
    }

    /** The disclosure of each of the issue's documents, by id. */
    public Map<String, DisclosureRow> disclosuresOf(long issueId) {
        return jdbc.sql("SELECT id, disclosure, disclosure_reason, classified FROM gazette.document WHERE issue_id = ?")
                .param(issueId).query((rs, n) -> Map.entry(rs.getString(1), new DisclosureRow(
                        Disclosure.valueOf(rs.getString(2)), rs.getString(3), rs.getBoolean(4))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public void setDisclosure(String id, DisclosureRow disclosure) {
        jdbc.sql("UPDATE gazette.document SET disclosure = ?, disclosure_reason = ?, classified = ? WHERE id = ?")
                .params(disclosure.disclosure().name(), disclosure.reason(), disclosure.classified(), id).update();
    }

    public Optional<GazetteDocument> find(String id) {
        var issueId = jdbc.sql("SELECT issue_id FROM gazette.document WHERE id = ?").param(id).query(Long.class).optional();
        return issueId.flatMap(issues::find).flatMap(issue ->
                jdbc.sql(SELECT + "WHERE d.id = ?").param(id).query((rs, n) -> map(rs, issue)).optional());
    }

    /** The issue's documents in the order of the issue. */
    public List<GazetteDocument> of(IssueSummary issue) {
        return jdbc.sql(SELECT + "WHERE d.issue_id = ? ORDER BY d.ord").param(issue.id())
                .query((rs, n) -> map(rs, issue)).list();
    }

    /** The ids of the public documents (PROACTIVE, unclassified, of a published issue), oldest issue first. */
    public List<String> publicIds() {
        return jdbc.sql("SELECT d.id FROM gazette.document d JOIN gazette.issue i ON i.id = d.issue_id"
                        + " WHERE i.status = 'PUBLISHED' AND d.disclosure = 'PROACTIVE' AND d.classified = FALSE"
                        + " ORDER BY i.published_at, i.id, d.ord")
                .query(String.class).list();
    }

    /** The id of the document with this number, when one is in the gazette. */
    public Optional<String> idOf(String docNumber) {
        return jdbc.sql("SELECT id FROM gazette.document WHERE doc_number = ? ORDER BY id").param(docNumber)
                .query(String.class).list().stream().findFirst();
    }

    private static GazetteDocument map(ResultSet rs, IssueSummary issue) throws SQLException {
        return new GazetteDocument(rs.getString("id"), issue, rs.getInt("ord"), rs.getString("doc_number"),
                rs.getString("issuer"), rs.getString("title"), rs.getString("kind"), rs.getString("issued_kind"),
                rs.getObject("signed_date", LocalDate.class), Lines.split(rs.getString("addressees")),
                rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_until", LocalDate.class),
                rs.getObject("page", Integer.class), rs.getString("section"),
                Disclosure.valueOf(rs.getString("disclosure")), rs.getString("disclosure_reason"),
                rs.getBoolean("classified"));
    }
}

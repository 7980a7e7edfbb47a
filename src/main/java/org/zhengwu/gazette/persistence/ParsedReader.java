package org.zhengwu.gazette.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.gazette.domain.model.DocNumber;
import org.zhengwu.gazette.domain.model.DocumentKind;
import org.zhengwu.gazette.domain.model.ParsedDocument;

/** A stored document read back as the parser gave it: for exports, differences and the PDF. */
@Repository
public class ParsedReader {

    private final JdbcClient jdbc;
    private final StructureStore units;
    private final ItemStore items;

    ParsedReader(JdbcClient jdbc, StructureStore units, ItemStore items) {
        this.jdbc = jdbc;
        this.units = units;
        this.items = items;
    }

    public Optional<ParsedDocument> document(String id) {
        // the row is read first, its units and items after: no query runs inside another's result set
        return jdbc.sql("SELECT * FROM gazette.document WHERE id = ?").param(id)
                .query((rs, n) -> header(rs)).optional().map(d -> withContent(id, d));
    }

    private ParsedDocument withContent(String id, ParsedDocument d) {
        return new ParsedDocument(d.docNumber(), d.issuer(), d.title(), d.kind(), d.issuedKind(), d.signedDate(),
                d.signedDateText(), d.signer(), d.addressees(), d.effectiveFrom(), d.effectiveUntil(),
                units.treeOf(id), items.tasksOf(id), items.appointmentsOf(id), items.chronicleOf(id),
                items.planItemsOf(id), d.page(), d.line());
    }

    private static ParsedDocument header(ResultSet rs) throws SQLException {
        var issued = rs.getString("issued_kind");
        return new ParsedDocument(DocNumber.parse(String.valueOf(rs.getString("doc_number"))).orElse(null),
                rs.getString("issuer"), rs.getString("title"), DocumentKind.valueOf(rs.getString("kind")),
                issued == null ? null : DocumentKind.valueOf(issued), rs.getObject("signed_date", LocalDate.class),
                rs.getString("signed_date_text"), rs.getString("signer"), Lines.split(rs.getString("addressees")),
                rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_until", LocalDate.class),
                List.of(), List.of(), List.of(), List.of(), List.of(), rs.getObject("page", Integer.class),
                rs.getInt("source_line"));
    }
}

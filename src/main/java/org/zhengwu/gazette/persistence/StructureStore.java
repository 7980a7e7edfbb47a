package org.zhengwu.gazette.persistence;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.gazette.TextUnit;
import org.zhengwu.gazette.domain.model.Unit;
import org.zhengwu.gazette.domain.model.UnitType;

/** The units of documents (章, 条, 款, 项 …) with their eIds, order and tree. */
@Repository
public class StructureStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    StructureStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Stores a document's units in one batch: a long document has hundreds, and ingest speed counts. */
    public void insert(String documentId, List<Unit> units) {
        var rows = UnitRow.flatten(units);
        var args = new java.util.ArrayList<Object[]>();
        for (int k = 0; k < rows.size(); k++) {
            var r = rows.get(k);
            args.add(new Object[] {documentId, r.eId(), k + 1, r.parentEId(), r.depth(), r.type().name(), r.num(),
                r.heading(), r.text(), r.line()});
        }
        batch.batchUpdate("INSERT INTO gazette.unit (document_id, e_id, ord, parent_e_id, depth, unit_type, num,"
                + " heading, body, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", args);
    }

    /** The document's units, flat in the order of the text. */
    public List<TextUnit> textOf(String documentId) {
        return rows(documentId).stream().map(UnitRow::toText).toList();
    }

    /** The document's units as the parser gave them. */
    public List<Unit> treeOf(String documentId) {
        return UnitRow.tree(rows(documentId));
    }

    private List<UnitRow> rows(String documentId) {
        return jdbc.sql("SELECT * FROM gazette.unit WHERE document_id = ? ORDER BY ord").param(documentId)
                .query((rs, n) -> new UnitRow(rs.getString("e_id"), rs.getString("parent_e_id"), rs.getInt("depth"),
                        UnitType.valueOf(rs.getString("unit_type")), rs.getString("num"), rs.getString("heading"),
                        rs.getString("body"), rs.getInt("source_line")))
                .list();
    }
}

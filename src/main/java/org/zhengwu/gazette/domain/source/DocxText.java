package org.zhengwu.gazette.domain.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.zhengwu.gazette.domain.model.GazetteInputRefused;

/**
 * A DOCX's text: its body's paragraphs in order, one per line, and each table cell's
 * paragraphs in reading order. A zip that is not a Word document is refused as binary.
 */
final class DocxText {

    private DocxText() {
    }

    static SourceText read(byte[] bytes, String lowerCaseName) {
        try (var docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            var text = new StringBuilder();
            for (IBodyElement element : docx.getBodyElements()) {
                append(element, text);
            }
            var normalised = Normalise.text(text.toString());
            if (normalised.isBlank()) {
                throw new GazetteInputRefused("gazette.input.empty");
            }
            return new SourceText(normalised, SourceFormat.DOCX, 0);
        } catch (IOException | RuntimeException e) {
            if (e instanceof GazetteInputRefused refused) {
                throw refused;
            }
            var key = lowerCaseName.endsWith(".docx") ? "gazette.input.damaged" : "gazette.input.binary";
            throw new GazetteInputRefused(key, e.getClass().getSimpleName());
        }
    }

    private static void append(IBodyElement element, StringBuilder text) {
        if (element instanceof XWPFParagraph p) {
            text.append(p.getText()).append('\n');
        } else if (element instanceof XWPFTable table) {
            table.getRows().forEach(row -> row.getTableCells().forEach(cell ->
                    cell.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'))));
        }
    }
}

package org.zhengwu.gazette.domain.source;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.zhengwu.gazette.domain.model.GazetteInputRefused;

/**
 * A PDF's text, page by page, in reading order as PDFBox sorts it; pages are separated by a
 * blank line. A PDF without text (a scan) is refused: the parser would find nothing in it.
 */
final class PdfText {

    private PdfText() {
    }

    static SourceText read(byte[] bytes) {
        try (var pdf = Loader.loadPDF(bytes)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            var text = new StringBuilder();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text.append(stripper.getText(pdf)).append("\n\n");
            }
            var normalised = Normalise.text(text.toString());
            if (normalised.isBlank()) {
                throw new GazetteInputRefused("gazette.input.no-text");
            }
            return new SourceText(normalised, SourceFormat.PDF, pdf.getNumberOfPages());
        } catch (IOException | RuntimeException e) {
            if (e instanceof GazetteInputRefused refused) {
                throw refused;
            }
            throw new GazetteInputRefused("gazette.input.damaged", e.getClass().getSimpleName());
        }
    }
}

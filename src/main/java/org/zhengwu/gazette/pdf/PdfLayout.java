package org.zhengwu.gazette.pdf;

import java.util.concurrent.atomic.AtomicReference;
import org.zhengwu.gazette.LetterContent;
import org.zhengwu.gazette.RenderOptions;
import org.zhengwu.gazette.domain.model.ParsedDocument;

/**
 * The GB/T 9704-2012 layouts as PDF: the document layout (公文格式) and the letter layout (信函格式).
 * The font is found at the first rendering, not before, so that a machine without one starts
 * and serves everything else; once found, it is kept.
 */
public final class PdfLayout {

    private final String configuredFont;
    private final AtomicReference<FontFace> face = new AtomicReference<>();

    /** @param configuredFont the font file to use ({@code zhengwu.pdf.font}); null or blank to look for one */
    public PdfLayout(String configuredFont) {
        this.configuredFont = configuredFont;
    }

    public byte[] document(ParsedDocument doc, RenderOptions options) {
        return PdfOutput.render(DocumentHtml.of(doc, options), face());
    }

    public byte[] letter(LetterContent letter) {
        return PdfOutput.render(LetterHtml.of(letter), face());
    }

    private FontFace face() {
        var found = face.get();
        if (found == null) {
            found = FontLocator.locate(configuredFont);
            face.compareAndSet(null, found);
        }
        return found;
    }
}

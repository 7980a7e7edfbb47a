package org.zhengwu.gazette;

import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhengwu.gazette.domain.model.ParsedDocument;
import org.zhengwu.gazette.pdf.PdfLayout;

/**
 * Official documents as PDF in the GB/T 9704-2012 layouts, with a CJK TrueType font embedded.
 * {@link #render} prints a document in the document layout (公文格式: red issuer mark, number,
 * red line, title, addressees, body on the 22 × 28 grid, signature and date, 版记, page numbers);
 * {@link #renderLetter} prints a letter such as a 退文 notice in the letter layout (信函格式).
 *
 * <p>Pure and thread-safe: each call builds its own PDF and shares nothing but the font's path.
 * Without a usable font each call throws {@link PdfFontMissing}, which names the package to
 * install. The font is {@code zhengwu.pdf.font} when set, else Debian's fonts-wqy-zenhei (or
 * another CJK TrueType font the machine has).
 */
@Component
public class GazettePdf {

    private final PdfLayout layout;

    public GazettePdf(@Value("${" + PdfFontMissing.PROPERTY + ":}") String configuredFont) {
        this.layout = new PdfLayout(configuredFont);
    }

    /** For the command line, without Spring: the font from the system property, else the environment. */
    public static GazettePdf standalone() {
        var configured = System.getProperty(PdfFontMissing.PROPERTY);
        return new GazettePdf(configured != null ? configured : System.getenv("ZHENGWU_PDF_FONT"));
    }

    /** The document in the document layout; null options are {@link RenderOptions#standard()}. */
    public byte[] render(ParsedDocument doc, RenderOptions options) {
        return layout.document(Objects.requireNonNull(doc, "doc"), options == null ? RenderOptions.standard() : options);
    }

    /** The letter in the letter layout. */
    public byte[] renderLetter(LetterContent letter) {
        return layout.letter(Objects.requireNonNull(letter, "letter"));
    }
}

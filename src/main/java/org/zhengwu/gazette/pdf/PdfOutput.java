package org.zhengwu.gazette.pdf;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.zhengwu.gazette.PdfFontMissing;

/**
 * Lays out XHTML into PDF with openhtmltopdf, the CJK face embedded as a subset. Everything is
 * made per call (document, font, renderer), so calls share nothing and may run in parallel.
 */
final class PdfOutput {

    static {
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new LayoutLog());
    }

    private PdfOutput() {
    }

    static byte[] render(String xhtml, FontFace face) {
        try (var font = openFace(face); var document = new PDDocument()) {
            var embedded = PDType0Font.load(document, font.face(face.name()), true);
            var out = new ByteArrayOutputStream();
            var builder = new PdfRendererBuilder()
                    .usePDDocument(document)
                    .useFont(new PDFontSupplier(embedded), Stylesheet.FAMILY)
                    .withHtmlContent(xhtml, null)
                    .withProducer("zhengwu")
                    // tagged PDF/UA: readable by screen readers, and no unembedded base-14 fonts are set up
                    .usePdfUaAccessibility(true)
                    .toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF layout failed", e);
        }
    }

    /** The face's file opened again; gone or changed since it was found, it is the font error too. */
    private static FontFace.OpenFont openFace(FontFace face) {
        try {
            return face.open();
        } catch (IOException e) {
            throw new PdfFontMissing("gazette.pdf.font-unusable", face.file().toString());
        }
    }
}

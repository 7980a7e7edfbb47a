package org.zhengwu.gazette.domain.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.zhengwu.gazette.domain.model.GazetteInputRefused;

/** Files of every kind the reader takes, and those it refuses. */
class SourceReaderTests {

    private static final String TEXT = "第一条 为了规范管理，制定本办法。\n第二条 本办法自印发之日起施行。\n";

    @Test
    void readsUtf8WithAndWithoutBom() {
        var withBom = SourceReader.read(("\uFEFF" + TEXT.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8), "a.txt");
        assertThat(withBom.text()).isEqualTo(TEXT);
        assertThat(withBom.format()).isEqualTo(SourceFormat.TEXT_UTF8);
    }

    @Test
    void readsGb18030WhenTheBytesAreNotUtf8() {
        var read = SourceReader.read(TEXT.getBytes(Charset.forName("GB18030")), "a.txt");
        assertThat(read.text()).isEqualTo(TEXT);
        assertThat(read.format()).isEqualTo(SourceFormat.TEXT_GB18030);
    }

    @Test
    void readsADocxsParagraphsInOrder() throws IOException {
        try (var docx = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            TEXT.lines().forEach(line -> docx.createParagraph().createRun().setText(line));
            docx.write(out);
            var read = SourceReader.read(out.toByteArray(), "a.docx");
            assertThat(read.format()).isEqualTo(SourceFormat.DOCX);
            assertThat(read.text()).isEqualTo(TEXT);
        }
    }

    @Test
    void readsAPdfsTextPageByPage() throws IOException {
        var bytes = pdf(new PDType1Font(Standard14Fonts.FontName.HELVETICA), "Article 1", "Article 2");
        var read = SourceReader.read(bytes, "a.pdf");
        assertThat(read.format()).isEqualTo(SourceFormat.PDF);
        assertThat(read.pages()).isEqualTo(2);
        assertThat(read.text()).contains("Article 1").contains("Article 2");
    }

    @Test
    void readsChineseFromAPdfWhenACjkFontIsInstalled() throws IOException {
        var font = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
        assumeTrue(Files.exists(font), "fonts-wqy-zenhei is not installed");
        try (var collection = new org.apache.fontbox.ttf.TrueTypeCollection(font.toFile()); var doc = new PDDocument()) {
            var ttf = collection.getFontByName("WenQuanYiZenHei");
            var bytes = pdf(doc, PDType0Font.load(doc, ttf, true), "第一条 为了规范管理，制定本办法。");
            assertThat(SourceReader.read(bytes, "a.pdf").text()).contains("第一条 为了规范管理，制定本办法。");
        }
    }

    @Test
    void refusesEmptyBinaryDamagedAndOversizedFiles() {
        assertRefused(new byte[0], "gazette.input.empty");
        assertRefused("\uFEFF \n\n".getBytes(StandardCharsets.UTF_8), "gazette.input.empty");
        assertRefused(new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0}, "gazette.input.binary");
        assertRefused("%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII), "gazette.input.damaged");
        assertRefused(new byte[] {'P', 'K', 3, 4, 1, 2, 3}, "gazette.input.binary");
        assertRefused(new byte[(int) SourceReader.MAX_BYTES + 1], "gazette.input.too-large");
    }

    private static void assertRefused(byte[] bytes, String key) {
        assertThatThrownBy(() -> SourceReader.read(bytes, "x.bin"))
                .isInstanceOf(GazetteInputRefused.class)
                .extracting(e -> ((GazetteInputRefused) e).messageKey()).isEqualTo(key);
    }

    private static byte[] pdf(PDFont font, String... pages) throws IOException {
        try (var doc = new PDDocument()) {
            return pdf(doc, font, pages);
        }
    }

    private static byte[] pdf(PDDocument doc, PDFont font, String... pages) throws IOException {
        for (var text : pages) {
            var page = new PDPage();
            doc.addPage(page);
            try (var content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
        }
        var out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}

package org.zhengwu.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Pictures of the first pages under {@code target/pdf-preview/}, to look at: the work rules (with
 * a 版记), the rescue-team rules and a 退文 letter. The assertions check that each picture is
 * an A4 page with text on it and a red head on the first; the eye checks the layout.
 */
class PdfPreviewTests {

    static final Path PREVIEW = Path.of("target/pdf-preview");
    static final float DPI = 100;

    @Test
    void writesTheFirstTwoPagesOfEachLayoutAsPictures() throws IOException {
        Files.createDirectories(PREVIEW);
        var letter = GazettePdf.standalone().renderLetter(GazettePdfLetterTests.returnNotice(12));
        write("work-rules", RenderedSeed.workRulesPrinted(), 2);
        write("rescue-rules", RenderedSeed.pdf(RenderedSeed.RESCUE_RULES), 2);
        write("letter", letter, 2);
        for (var name : new String[] {"work-rules-1", "work-rules-2", "rescue-rules-1", "letter-1", "letter-2"}) {
            var image = ImageIO.read(PREVIEW.resolve(name + ".png").toFile());
            assertThat(image.getWidth()).isCloseTo((int) (210 / 25.4 * DPI), org.assertj.core.data.Offset.offset(1));
            assertThat(image.getHeight()).isCloseTo((int) (297 / 25.4 * DPI), org.assertj.core.data.Offset.offset(1));
            assertThat(dark(image)).as(name).isGreaterThan(5000);
            if (name.endsWith("-1")) {
                assertThat(PdfInspection.redPixels(image, 0, 297 / 25.4 * DPI / PdfInspection.PT_PER_MM)).as(name).isGreaterThan(5000);
            }
        }
    }

    /** Pixels darker than mid-grey: the ink of the text. */
    static long dark(java.awt.image.BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                n += (rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff) < 3 * 128 ? 1 : 0;
            }
        }
        return n;
    }

    private static void write(String name, byte[] pdf, int pages) throws IOException {
        try (var doc = PdfInspection.open(pdf)) {
            var renderer = new PDFRenderer(doc);
            for (int page = 0; page < pages; page++) {
                ImageIO.write(renderer.renderImageWithDPI(page, DPI), "png", PREVIEW.resolve(name + "-" + (page + 1) + ".png").toFile());
            }
        }
    }
}

package org.zhengwu.gazette;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reading a rendered PDF back the way a reader sees it: its text, its lines, its pixels. */
public final class PdfInspection {

    public static final double PT_PER_MM = 72 / 25.4;

    private PdfInspection() {
    }

    /** A line of text on a page: its baseline from the top edge, font size, left and right ends, in points. */
    public record Line(double y, double size, double x, double right, String text) {

        /**
         * The Chinese characters and the full-width signs (，。、：（）《》〔〕): what the grid counts.
         * Quotation marks are left out: this font draws “” half wide.
         */
        public long fullWidthCharacters() {
            return text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || c >= 0x3000 && c <= 0x303F || c >= 0xFF01 && c <= 0xFF60).count();
        }
    }

    public static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of pages {@code from}..{@code to} (1-based). */
    public static String text(byte[] pdf, int from, int to) {
        try (var doc = open(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(byte[] pdf) {
        return text(pdf, 1, Integer.MAX_VALUE);
    }

    /** The text without any white space, for phrases that the layout breaks across lines. */
    public static String compact(String text) {
        return text.replaceAll("[\\s\\u3000\\u00a0]+", "");
    }

    /** The lines of a page (1-based), top to bottom, each glyph assigned to its baseline. */
    public static List<Line> lines(byte[] pdf, int page) {
        try (var doc = open(pdf)) {
            var collector = new Collector();
            collector.setStartPage(page);
            collector.setEndPage(page);
            collector.getText(doc);
            return collector.lines();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page (1-based) as an image of one pixel per point. */
    public static BufferedImage image(byte[] pdf, int page) {
        try (var doc = open(pdf)) {
            return new PDFRenderer(doc).renderImage(page - 1, 1f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The longest run of red pixels in a row of the image, in millimetres. */
    public static double redRunMm(BufferedImage image, int row) {
        int best = 0;
        int run = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            run = isRed(image.getRGB(x, row)) ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best / PT_PER_MM;
    }

    /** The rows (points from the top) between two heights where red runs at least {@code minMm} long. */
    public static List<Integer> redRows(BufferedImage image, double fromMm, double toMm, double minMm) {
        var rows = new ArrayList<Integer>();
        for (int y = (int) (fromMm * PT_PER_MM); y < Math.min(image.getHeight(), toMm * PT_PER_MM); y++) {
            if (redRunMm(image, y) >= minMm) {
                rows.add(y);
            }
        }
        return rows;
    }

    /** Red pixels between two heights (millimetres from the top edge). */
    public static long redPixels(BufferedImage image, double fromMm, double toMm) {
        long count = 0;
        for (int y = (int) (fromMm * PT_PER_MM); y < Math.min(image.getHeight(), toMm * PT_PER_MM); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += isRed(image.getRGB(x, y)) ? 1 : 0;
            }
        }
        return count;
    }

    /** The bands of consecutive rows in a list of rows: each band's first row. */
    public static List<Integer> bands(List<Integer> rows) {
        var starts = new ArrayList<Integer>();
        for (int i = 0; i < rows.size(); i++) {
            if (i == 0 || rows.get(i) > rows.get(i - 1) + 1) {
                starts.add(rows.get(i));
            }
        }
        return starts;
    }

    static boolean isRed(int rgb) {
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        return r > 200 && g < 110 && b < 110;
    }

    private static final class Collector extends PDFTextStripper {

        private final Map<Long, List<TextPosition>> byBaseline = new TreeMap<>();

        Collector() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            byBaseline.computeIfAbsent((long) Math.round(text.getYDirAdj()), y -> new ArrayList<>()).add(text);
        }

        List<Line> lines() {
            var lines = new ArrayList<Line>();
            byBaseline.forEach((y, glyphs) -> {
                glyphs.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()));
                var text = new StringBuilder();
                glyphs.forEach(g -> text.append(g.getUnicode()));
                var last = glyphs.getLast();
                lines.add(new Line(glyphs.getFirst().getYDirAdj(), glyphs.getFirst().getFontSize(), glyphs.getFirst().getXDirAdj(),
                        last.getXDirAdj() + last.getWidthDirAdj(), text.toString()));
            });
            return lines;
        }
    }
}

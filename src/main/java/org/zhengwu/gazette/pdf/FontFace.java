package org.zhengwu.gazette.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * A face of a font file that a PDF can embed with Chinese text: TrueType outlines (a PDF cannot
 * embed the CFF outlines of Noto CJK through PDFBox) and glyphs for common characters. A
 * TrueType collection (.ttc) holds several faces; the first usable one is taken.
 *
 * @param file the .ttf or .ttc file
 * @param name the face's PostScript name ({@code WenQuanYiZenHei})
 */
record FontFace(Path file, String name) {

    /** Characters every official document has; a face without them is not a Chinese font. */
    private static final String PROBE = "中文公报第一条〔〕";

    /** The first usable face of the file, empty when it has none or cannot be read as a font. */
    static Optional<FontFace> probe(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (var faces = OpenFont.open(file)) {
            for (var face : faces.all()) {
                if (usable(face)) {
                    return Optional.of(new FontFace(file, face.getName()));
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException notAFont) {
            return Optional.empty();
        }
    }

    /** Opens the file again and returns this face, kept open until the PDF is written. */
    OpenFont open() throws IOException {
        return OpenFont.open(file);
    }

    static boolean usable(TrueTypeFont face) throws IOException {
        boolean postScript = face instanceof OpenTypeFont otf && otf.isPostScript();
        if (postScript || !face.getTableMap().containsKey("glyf")) {
            return false;
        }
        var cmap = face.getUnicodeCmapLookup(false);
        return cmap != null && PROBE.codePoints().allMatch(c -> cmap.getGlyphId(c) > 0);
    }

    static boolean isCollection(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4), java.nio.charset.StandardCharsets.ISO_8859_1).equals("ttcf");
        }
    }

    /** An open font file: one face, or every face of a collection; closing it closes them all. */
    record OpenFont(TrueTypeCollection collection, TrueTypeFont single) implements AutoCloseable {

        static OpenFont open(Path file) throws IOException {
            return isCollection(file)
                    ? new OpenFont(new TrueTypeCollection(file.toFile()), null)
                    : new OpenFont(null, new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile())));
        }

        List<TrueTypeFont> all() throws IOException {
            if (single != null) {
                return List.of(single);
            }
            var faces = new ArrayList<TrueTypeFont>();
            collection.processAllFonts(faces::add);
            return faces;
        }

        TrueTypeFont face(String name) throws IOException {
            return single != null ? single : collection.getFontByName(name);
        }

        @Override
        public void close() throws IOException {
            if (collection != null) {
                collection.close();
            } else {
                single.close();
            }
        }
    }
}

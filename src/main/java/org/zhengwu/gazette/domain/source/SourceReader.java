package org.zhengwu.gazette.domain.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.zhengwu.gazette.domain.model.GazetteInputRefused;

/**
 * Reads a gazette file's bytes into text. Files over {@link #MAX_BYTES} (50 MB) are refused: a
 * gazette issue's text or PDF is a few MB, and a larger file is not one.
 */
public final class SourceReader {

    /** The largest file read: 50 MB. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Control characters above this share of the text mark a binary file. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private SourceReader() {
    }

    /** The file's text; {@code fileName} only helps tell a DOCX from another zip. */
    public static SourceText read(byte[] bytes, String fileName) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(bytes.length);
        }
        if (isPdf(bytes)) {
            return PdfText.read(bytes);
        }
        if (isZip(bytes)) {
            return DocxText.read(bytes, fileName == null ? "" : fileName.toLowerCase(Locale.ROOT));
        }
        return text(bytes);
    }

    /** The refusal of a file of {@code size} bytes. */
    public static GazetteInputRefused tooLarge(long size) {
        return new GazetteInputRefused("gazette.input.too-large", Long.toString(size), Long.toString(MAX_BYTES));
    }

    private static SourceText text(byte[] bytes) {
        var utf8 = decode(bytes, StandardCharsets.UTF_8);
        var format = utf8.isPresent() ? SourceFormat.TEXT_UTF8 : SourceFormat.TEXT_GB18030;
        var text = utf8.or(() -> decode(bytes, GB18030)).orElseThrow(() -> new GazetteInputRefused("gazette.input.binary"));
        text = Normalise.text(text);
        if (looksBinary(text)) {
            throw new GazetteInputRefused("gazette.input.binary");
        }
        if (text.isBlank()) {
            throw new GazetteInputRefused("gazette.input.empty");
        }
        return new SourceText(text, format, 0);
    }

    private static Optional<String> decode(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static boolean looksBinary(String text) {
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\f').count();
        return control > 0 && control >= Math.max(1, text.length() * MAX_CONTROL_SHARE);
    }

    private static boolean isPdf(byte[] b) {
        return b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-';
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }
}

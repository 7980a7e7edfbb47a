package org.zhengwu.calendar.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.web.multipart.MultipartFile;
import org.zhengwu.kernel.UserError;

/** The text of an uploaded file: UTF-8 only (with or without a byte-order mark), and not too large. */
final class UploadedText {

    static final long MAX_BYTES = 1_000_000;

    private UploadedText() {
    }

    static String of(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new UserError("calendar.file.missing", "file");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new UserError("calendar.file.too-large", "file", Long.toString(MAX_BYTES));
        }
        try {
            var text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.getBytes())).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UserError("calendar.file.not-utf8", "file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }
}

package org.zhengwu.gazette.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;
import org.zhengwu.gazette.domain.model.GazetteInputRefused;
import org.zhengwu.gazette.domain.source.SourceReader;
import org.zhengwu.kernel.UserError;

/**
 * An uploaded gazette file. Its limit is the reader's, 50 MB ({@link SourceReader#MAX_BYTES});
 * the servlet's multipart limit is set to the same in application.properties, so a larger upload
 * is refused with 413 whether the container or this check sees it first.
 */
final class UploadedFile {

    private UploadedFile() {
    }

    /** The bytes, refused as the field {@code file}: missing or empty (400), too large ({@link TooLarge}, 413). */
    static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new UserError("gazette.input.empty", "file");
        }
        if (file.getSize() > SourceReader.MAX_BYTES) {
            throw new TooLarge(file.getSize());
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    static String name(MultipartFile file) {
        var name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "upload" : name;
    }

    /** The reader's refusal, for the web: the field is {@code file}, the message the same. */
    static UserError asField(GazetteInputRefused e) {
        return new UserError(e.messageKey(), "file", e.arguments());
    }

    /** A file over the limit: 413. */
    static final class TooLarge extends RuntimeException {

        TooLarge(long size) {
            super("upload of " + size + " bytes over " + SourceReader.MAX_BYTES);
        }
    }
}

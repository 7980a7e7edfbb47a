package org.zhengwu.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipInputStream;
import org.zhengwu.kernel.UserError;

/**
 * An uploaded attachment: its name and bytes. {@link #mediaType} sniffs the content, never trusting
 * the name alone: PDF, DOCX (a zip holding {@code word/document.xml}) or UTF-8 text; anything else,
 * or more than the pack's limit, is refused naming the field.
 */
public record AttachmentFile(String name, byte[] content) {

    public String mediaType(long maxBytes) {
        if (content == null || content.length == 0) {
            throw new UserError("document.input.empty", "attachments");
        }
        if (content.length > maxBytes) {
            throw new UserError("document.input.too-large", "attachments", content.length, maxBytes);
        }
        var lower = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        if (startsWith("%PDF-")) {
            return requireName(lower, ".pdf", "application/pdf");
        }
        if (content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            if (!isDocx()) {
                throw new UserError("document.input.type", "attachments", name);
            }
            return requireName(lower, ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        if (isText()) {
            return requireName(lower, ".txt", "text/plain;charset=UTF-8");
        }
        throw new UserError("document.input.type", "attachments", name);
    }

    private String requireName(String lower, String ending, String type) {
        if (!lower.endsWith(ending)) {
            throw new UserError("document.input.type-mismatch", "attachments", name);
        }
        return type;
    }

    private boolean startsWith(String magic) {
        var bytes = magic.getBytes(StandardCharsets.US_ASCII);
        if (content.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (content[i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean isDocx() {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if ("word/document.xml".equals(e.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private boolean isText() {
        try {
            var text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

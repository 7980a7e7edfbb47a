package org.zhengwu.calendar.persistence;

import java.time.Instant;

/**
 * The text of an official holiday file and where it came from.
 *
 * @param source   the file's name (a shipped resource path, or the name it was uploaded under)
 * @param content  the file's text, exactly as received
 * @param sha256   the SHA-256 of the text (UTF-8), in hex
 * @param loadedBy who loaded it, or {@code null} for a shipped file
 * @param loadedAt when it was loaded, or {@code null} for a shipped file
 */
public record HolidayFile(String source, String content, String sha256, String loadedBy, Instant loadedAt) {

    public boolean shipped() {
        return loadedBy == null;
    }
}

package org.zhengwu.gazette;

import java.time.Instant;
import java.util.List;

/**
 * A file accepted for an issue, kept for provenance: a version of its content, or an erratum.
 *
 * @param number     the version number, or the erratum's number
 * @param fileSha256 the SHA-256 of the file's bytes
 * @param note       an erratum's explanation, null for a version
 */
public record Revision(Kind kind, int number, String fileName, String fileFormat, String fileSha256, long fileSize,
        String note, String recordedBy, Instant recordedAt, List<Difference> differences) {

    public Revision {
        differences = List.copyOf(differences);
    }

    /** A version of the content, or an erratum (勘误) to a published issue. */
    public enum Kind {
        IMPORT,
        ERRATUM
    }
}

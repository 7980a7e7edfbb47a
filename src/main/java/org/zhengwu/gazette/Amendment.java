package org.zhengwu.gazette;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A later document's act on a published one, recorded by the General Office (WR-62: documents
 * are revised, repealed or declared invalid).
 *
 * @param byDocNumber the number of the document that repeals or amends it
 * @param byDocumentId that document's id when it is in the gazette, else null
 * @param effectiveOn the day the repeal or amendment takes effect
 */
public record Amendment(Kind kind, String byDocNumber, String byDocumentId, LocalDate effectiveOn, String note,
        String recordedBy, Instant recordedAt) {

    /** 废止 or 修改. */
    public enum Kind {
        REPEALED,
        AMENDED
    }
}

package org.zhengwu.gazette;

import java.time.Instant;

/**
 * A correction recorded against a published document (勘误): the published text does not change;
 * the correction is shown beside it.
 *
 * @param number        the erratum's number in its issue
 * @param note          why, as the General Office wrote it
 * @param correctedText the unit's text as corrected, null when the unit was removed or the
 *                      correction concerns the document's data
 */
public record Erratum(int number, String note, Instant recordedAt, DifferenceKind kind, String eId, String detail,
        String correctedText) {
}

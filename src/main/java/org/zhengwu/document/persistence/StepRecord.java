package org.zhengwu.document.persistence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a document's timeline.
 *
 * @param actingFor  whom the actor acted for (WR-6, WR-8), null when in their own right
 * @param actingNote the directory's explanation of the delegation
 * @param due        the due date the step set, with the clock's explanation and provisional flag
 */
public record StepRecord(long id, String documentId, String action, String actor, String actorName, String actingFor,
        String actingNote, String rule, LocalDate due, String dueNote, boolean provisional, String note, Instant at) {
}

package org.zhengwu.document.outgoing;

import java.time.Instant;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;

/**
 * One entry of a draft's timeline.
 *
 * @param post       the post the step was taken in, null for a department's step
 * @param actingFor  the holder the actor stood in for (WR-6, WR-8), null when acting in their own right
 * @param actingRule the rule that let them (WR-6, WR-8), null when none
 * @param actingNote the directory's sentence explaining it, null when none
 */
public record Step(long id, StepKind kind, String rule, String actor, String actorName, PostId post,
        PersonId actingFor, String actingRule, String actingNote, String note, Instant at) {
}

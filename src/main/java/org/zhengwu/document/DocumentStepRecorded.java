package org.zhengwu.document;

import java.time.LocalDate;
import java.util.List;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/**
 * A step on an incoming document or an instruction: reviewed, registered, routed, forwarded,
 * decided, read (圈阅), answered, instructed, reported, summarised.
 *
 * @param subject   the document or the instruction
 * @param step      the step, e.g. {@code registered}
 * @param actingFor whom the actor acted for (WR-6, WR-8), null in their own right
 * @param due       the due date the step set, null when it set none
 */
public record DocumentStepRecorded(SubjectRef subject, String step, String actingFor, LocalDate due, List<RuleId> rules,
        String summary) implements Audited {

    public DocumentStepRecorded {
        rules = List.copyOf(rules);
    }

    @Override
    public String action() {
        return "document." + step;
    }
}

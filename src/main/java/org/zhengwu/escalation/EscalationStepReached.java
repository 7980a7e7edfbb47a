package org.zhengwu.escalation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;
import org.zhengwu.rulepack.Ladder.Action;

/** A step of a ladder fired for a subject: the owning module may act on it (a notice, a list). */
public record EscalationStepReached(
        long stepId, String ladderId, RuleId rule, SubjectRef subject, int stepIndex, int occurrence, Action stepAction,
        Set<String> recipients, LocalDate fireDate) implements Audited {

    public EscalationStepReached {
        recipients = Set.copyOf(recipients);
    }

    @Override
    public String action() {
        return "escalation.step-reached";
    }

    @Override
    public List<RuleId> rules() {
        return List.of(rule);
    }

    @Override
    public String summary() {
        return stepAction + " (step " + stepIndex + " of " + ladderId + (occurrence > 0 ? ", occurrence " + occurrence : "")
                + ") on " + fireDate + " to " + recipients.stream().sorted().toList();
    }
}

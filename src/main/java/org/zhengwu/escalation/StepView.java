package org.zhengwu.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;
import org.zhengwu.rulepack.Ladder.Action;

/**
 * A step that fired: what, for which subject, why (the cause), to whom, and whether it was
 * acknowledged.
 *
 * @param occurrence for a consecutive ladder, the length of the run; 0 on a deadline ladder
 * @param due        the watched due date (deadline ladders only)
 * @param fireDate   the day the step fired
 */
public record StepView(
        long id, String ladderId, RuleId rule, SubjectRef subject, String label, int stepIndex, int occurrence,
        Action action, Set<String> recipients, String cause, LocalDate due, LocalDate fireDate, Instant firedAt,
        Instant acknowledgedAt, String acknowledgedBy, String note) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    /** {@code red}, {@code yellow} or {@code info}: how the inbox and the lists colour it. */
    public String severity() {
        return switch (action) {
            case RED_NOTICE, FORMAL_INTERVIEW, ACCOUNTABILITY_TRANSFER, CIRCULATED_NOTICE -> "red";
            case YELLOW_NOTICE, REMINDER_LETTER -> "yellow";
            case REMINDER -> "info";
        };
    }
}

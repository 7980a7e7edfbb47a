package org.zhengwu.rulepack;

import java.util.List;
import org.zhengwu.kernel.RuleId;

/**
 * An escalation ladder: the steps of one kind of overdue or repeated thing.
 *
 * @param trigger {@code DEADLINE}: each step fires a number of working days after the due date;
 *                {@code CONSECUTIVE}: each step fires at the n-th consecutive occurrence
 * @param reset   for a consecutive ladder, what breaks the run
 */
public record Ladder(String id, RuleId rule, String name, Trigger trigger, Reset reset, List<Step> steps) {

    public Ladder {
        steps = List.copyOf(steps);
    }

    public enum Trigger { DEADLINE, CONSECUTIVE }

    public enum Reset { NONE, COMPLIANT_PERIOD }

    /** What a step does. */
    public enum Action {
        REMINDER, REMINDER_LETTER, YELLOW_NOTICE, RED_NOTICE, CIRCULATED_NOTICE, FORMAL_INTERVIEW,
        ACCOUNTABILITY_TRANSFER
    }

    /**
     * One step.
     *
     * @param after for a deadline ladder: working days after the due date (negative: before)
     * @param count for a consecutive ladder: the n-th consecutive occurrence
     */
    public record Step(int index, Integer after, Integer count, Action action, List<Recipient> recipients) {

        public Step {
            recipients = List.copyOf(recipients);
        }
    }

    /** A recipient: a role, a post, or a party of the subject that its owning module resolves. */
    public record Recipient(Kind kind, String name) {

        public enum Kind { ROLE, POST, SUBJECT }

        @Override
        public String toString() {
            return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + name;
        }
    }
}

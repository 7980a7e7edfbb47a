package org.zhengwu.escalation.domain;

import java.time.LocalDate;
import java.util.List;
import org.zhengwu.rulepack.Ladder;

/**
 * The days on which a deadline ladder's steps fire for one due date: each step {@code after}
 * working days after the due date (on the due date itself for 0, before it when negative).
 * Steps below the start step are skipped (a leader's instruction may start higher up).
 */
public final class DeadlinePlan {

    private DeadlinePlan() {
    }

    public record Planned(int stepIndex, LocalDate fireOn) {
    }

    public static List<Planned> plan(Ladder ladder, LocalDate due, int startStep, FireDates dates) {
        if (ladder.trigger() != Ladder.Trigger.DEADLINE) {
            throw new IllegalArgumentException("ladder " + ladder.id() + " is not a deadline ladder");
        }
        return ladder.steps().stream()
                .filter(step -> step.index() >= startStep)
                .map(step -> new Planned(step.index(), dates.workingDaysFrom(due, step.after())))
                .toList();
    }
}

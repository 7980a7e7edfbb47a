package org.zhengwu.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengwu.escalation.domain.DeadlinePlan;
import org.zhengwu.escalation.domain.DeadlinePlan.Planned;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.rulepack.Ladder;
import org.zhengwu.rulepack.Ladder.Action;
import org.zhengwu.rulepack.Ladder.Recipient;
import org.zhengwu.rulepack.Ladder.Step;

class DeadlinePlanTests {

    static final List<Recipient> OFFICE = List.of(new Recipient(Recipient.Kind.ROLE, "OFFICE_STAFF"));
    static final Ladder LADDER = new Ladder("l", RuleId.of("WR-69"), "l", Ladder.Trigger.DEADLINE, Ladder.Reset.NONE, List.of(
            new Step(0, -1, null, Action.REMINDER, OFFICE),
            new Step(1, 0, null, Action.YELLOW_NOTICE, OFFICE),
            new Step(2, 3, null, Action.RED_NOTICE, OFFICE)));

    @Test
    void eachStepFiresItsNumberOfWorkingDaysFromTheDueDate() {
        // a stand-in calendar where every day is a working day: the plan only adds the offsets
        var plan = DeadlinePlan.plan(LADDER, LocalDate.of(2030, 1, 10), 0, (d, n) -> d.withDayOfMonth(d.getDayOfMonth() + n));
        assertThat(plan).containsExactly(
                new Planned(0, LocalDate.of(2030, 1, 9)),
                new Planned(1, LocalDate.of(2030, 1, 10)),
                new Planned(2, LocalDate.of(2030, 1, 13)));
    }

    @Test
    void aHigherStartStepSkipsTheLowerSteps() {
        var plan = DeadlinePlan.plan(LADDER, LocalDate.of(2030, 1, 10), 1, (d, n) -> d);
        assertThat(plan).extracting(Planned::stepIndex).containsExactly(1, 2);
    }
}

package org.zhengwu.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.escalation.domain.Streak;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.rulepack.Ladder;
import org.zhengwu.rulepack.Ladder.Action;
import org.zhengwu.rulepack.Ladder.Recipient;
import org.zhengwu.rulepack.Ladder.Step;

class StreakTests {

    static final Recipient CHIEF = new Recipient(Recipient.Kind.SUBJECT, "river-chief");
    static final Ladder WATER = new Ladder("section-exceedance", RuleId.of("WA-4.3"), "断面超标", Ladder.Trigger.CONSECUTIVE,
            Ladder.Reset.COMPLIANT_PERIOD, List.of(
                    new Step(0, null, 1, Action.REMINDER_LETTER, List.of(CHIEF)),
                    new Step(1, null, 2, Action.FORMAL_INTERVIEW, List.of(CHIEF)),
                    new Step(2, null, 3, Action.FORMAL_INTERVIEW, List.of(CHIEF))));

    @Test
    @DisplayName("WA-4.3 the first exceedance sends a reminder letter, the second and third formal interviews")
    void eachConsecutiveOccurrenceReachesTheNextStep() {
        var first = Streak.NONE.next(WATER, "2022-04", false);
        var second = first.next(WATER, "2022-05", false);
        var third = second.next(WATER, "2022-06", false);
        assertThat(first.step(WATER)).map(Step::action).contains(Action.REMINDER_LETTER);
        assertThat(second.step(WATER)).map(Step::index).contains(1);
        assertThat(third.step(WATER)).map(Step::index).contains(2);
        assertThat(third.start()).isEqualTo("2022-04");
    }

    @Test
    @DisplayName("WA-4.3 a compliant period breaks the run: the next exceedance starts again at the letter")
    void aCompliantPeriodResetsTheCount() {
        var run = Streak.NONE.next(WATER, "2022-04", false).next(WATER, "2022-05", false);
        var broken = run.next(WATER, "2022-06", true);
        assertThat(broken).isEqualTo(Streak.NONE);
        assertThat(broken.step(WATER)).isEmpty();
        var again = broken.next(WATER, "2022-07", false);
        assertThat(again.length()).isEqualTo(1);
        assertThat(again.start()).isEqualTo("2022-07");
    }

    @Test
    void pastTheLastStepTheLastStepRepeats() {
        var fourth = new Streak(4, "2022-01");
        assertThat(fourth.step(WATER)).map(Step::index).contains(2);
    }

    @Test
    void withoutAResetRuleACompliantPeriodOnlyPauses() {
        var noReset = new Ladder("x", RuleId.of("WR-69"), "x", Ladder.Trigger.CONSECUTIVE, Ladder.Reset.NONE, WATER.steps());
        var run = Streak.NONE.next(noReset, "p1", false).next(noReset, "p2", true).next(noReset, "p3", false);
        assertThat(run.length()).isEqualTo(2);
    }
}

package org.zhengwu.escalation.domain;

import java.util.Comparator;
import java.util.Optional;
import org.zhengwu.rulepack.Ladder;
import org.zhengwu.rulepack.Ladder.Step;

/**
 * A run of consecutive occurrences for one subject on a consecutive ladder (shaped like WA-4.3:
 * 1st → reminder letter, 2nd → interview of the deputy, 3rd → interview of the head). A
 * compliant period breaks the run when the ladder says so; past the last step, the last step
 * fires again at each further occurrence.
 *
 * @param length the number of consecutive occurrences so far
 * @param start  the period that began the run (names the run's cycle)
 */
public record Streak(int length, String start) {

    public static final Streak NONE = new Streak(0, null);

    /** The streak after this period's report. */
    public Streak next(Ladder ladder, String period, boolean compliant) {
        if (compliant) {
            return ladder.reset() == Ladder.Reset.COMPLIANT_PERIOD ? NONE : this;
        }
        return length == 0 ? new Streak(1, period) : new Streak(length + 1, start);
    }

    /** The step this streak has reached, if an occurrence just extended it. */
    public Optional<Step> step(Ladder ladder) {
        if (length == 0) {
            return Optional.empty();
        }
        var exact = ladder.steps().stream().filter(s -> s.count() == length).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        var last = ladder.steps().stream().max(Comparator.comparingInt(Step::count)).orElseThrow();
        return length > last.count() ? Optional.of(last) : Optional.empty();
    }
}

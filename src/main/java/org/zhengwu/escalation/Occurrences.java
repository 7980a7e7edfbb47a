package org.zhengwu.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zhengwu.escalation.EscalationEvents.OccurrenceRecorded;
import org.zhengwu.escalation.persistence.StepStore;
import org.zhengwu.escalation.persistence.StepStore.NewStep;
import org.zhengwu.escalation.persistence.StreakStore;
import org.zhengwu.kernel.SubjectRef;
import org.zhengwu.rulepack.Ladder.Trigger;

/** Consecutive ladders: each period's report extends or breaks a run, and the run's length picks the step. */
@Component
class Occurrences {

    private final Ladders ladders;
    private final StreakStore streaks;
    private final StepStore steps;
    private final Recipients recipients;
    private final Causes causes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Occurrences(Ladders ladders, StreakStore streaks, StepStore steps, Recipients recipients, Causes causes,
            ApplicationEventPublisher events, Clock clock) {
        this.ladders = ladders;
        this.streaks = streaks;
        this.steps = steps;
        this.recipients = recipients;
        this.causes = causes;
        this.events = events;
        this.clock = clock;
    }

    /** Records one period's report (once: a period reported again changes nothing). */
    Optional<Long> record(SubjectRef subject, String ladderId, String period, boolean compliant, String label) {
        var ladder = ladders.get(ladderId, Trigger.CONSECUTIVE);
        var current = streaks.lock(ladderId, subject);
        if (streaks.reported(ladderId, subject, period)) {
            return Optional.empty();
        }
        var next = current.next(ladder, period, compliant);
        streaks.record(ladderId, subject, period, compliant, next, clock.instant());
        events.publishEvent(new OccurrenceRecorded(subject, ladderId, ladder.rule(), period, compliant, next.length()));
        if (compliant) {
            return Optional.empty();
        }
        return next.step(ladder).map(step -> {
            var to = recipients.resolve(subject, step.recipients());
            var cause = causes.consecutive(ladder.name(), period, next.length(), next.start());
            var today = LocalDate.now(clock);
            long id = steps.insert(new NewStep(ladderId, ladder.rule(), subject, label == null ? subject.toString() : label,
                    next.start(), step.index(), next.length(), step.action(), to, cause, null, today), clock.instant());
            events.publishEvent(new EscalationStepReached(id, ladderId, ladder.rule(), subject, step.index(),
                    next.length(), step.action(), to.tokens(), today));
            return id;
        });
    }
}

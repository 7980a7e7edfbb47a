package org.zhengwu.escalation;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.escalation.EscalationEvents.EscalationStepAcknowledged;
import org.zhengwu.escalation.persistence.StepStore;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.SubjectRef;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.CurrentActor;

/**
 * The one ladder engine. Modules watch a due date ({@link #watch}) and close the watch when the
 * thing is done ({@link #close}), or report each period's occurrence ({@link #recordOccurrence});
 * the rule pack's ladders decide which step fires, when, and to whom.
 */
@Service
public class Escalations {

    private final DeadlineWatches deadlines;
    private final Occurrences occurrences;
    private final StepStore steps;
    private final Recipients recipients;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    Escalations(DeadlineWatches deadlines, Occurrences occurrences, StepStore steps, Recipients recipients,
            CurrentActor actor, ApplicationEventPublisher events, java.time.Clock clock) {
        this.deadlines = deadlines;
        this.occurrences = occurrences;
        this.steps = steps;
        this.recipients = recipients;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    /** Watches a subject's due date on a deadline ladder (again: the due date moves). */
    @Transactional
    public void watch(WatchRequest request) {
        deadlines.watch(request);
    }

    /** The thing was done: no further step fires. */
    @Transactional
    public void close(SubjectRef subject, String ladderId) {
        deadlines.close(subject, ladderId);
    }

    /**
     * Reports one period for a subject on a consecutive ladder: {@code compliant} breaks the run
     * (when the ladder resets on a compliant period), otherwise the run grows and may reach a step.
     * A period reported twice changes nothing. Returns the step that fired, if any.
     */
    @Transactional
    public Optional<StepView> recordOccurrence(SubjectRef subject, String ladderId, String period, boolean compliant,
            String label) {
        if (period == null || period.isBlank()) {
            throw new UserError("escalation.period-required", "period");
        }
        return occurrences.record(subject, ladderId, period.strip(), compliant, label).flatMap(steps::byId);
    }

    /** Fires every step whose day has come (the timer calls this; so may an operator). */
    public List<Long> fireDue() {
        return deadlines.fireDue();
    }

    /** The calendar changed: every open watch is planned again; answers how many steps moved. */
    @Transactional
    public int replanAll() {
        return deadlines.replanAll();
    }

    /** A recipient (or the General Office) acknowledges a fired step. */
    @Transactional
    public void acknowledge(long stepId, String note) {
        var me = actor.get();
        var step = steps.byId(stepId).orElseThrow(() -> new UserError("escalation.step-unknown", "id", stepId));
        if (!isFor(step, me) && !me.has(Role.OFFICE_STAFF)) {
            throw new UserError("escalation.ack-not-addressee", "id", step.rule());
        }
        var cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (!steps.acknowledge(stepId, me.username(), cleanNote, clock.instant())) {
            throw new UserError("escalation.already-acknowledged", "id");
        }
        events.publishEvent(new EscalationStepAcknowledged(stepId, step.subject(), step.rule(), cleanNote));
    }

    /** The steps still to fire for a subject's watch, with their days. */
    public List<PendingStep> pendingFor(SubjectRef subject, String ladderId) {
        return deadlines.pending(subject, ladderId);
    }

    public Optional<StepView> step(long id) {
        return steps.byId(id);
    }

    public List<StepView> stepsFor(SubjectRef subject) {
        return steps.forSubject(subject);
    }

    /** The steps addressed to the actor (open ones only when asked), newest first. */
    public List<StepView> addressedTo(Actor who, boolean openOnly, int limit) {
        return steps.addressedTo(recipients.of(who), openOnly, limit);
    }

    /** Every step, newest first: the General Office's overview. */
    public List<StepView> recent(boolean openOnly, int limit) {
        return steps.recent(openOnly, limit);
    }

    public boolean isFor(StepView step, Actor who) {
        return recipients.of(who).stream().anyMatch(step.recipients()::contains);
    }
}

package org.zhengwu.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zhengwu.calendar.Deadline;
import org.zhengwu.document.persistence.IncomingStore;
import org.zhengwu.document.persistence.Incoming;
import org.zhengwu.document.persistence.StepRecord;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.CurrentActor;

/**
 * Writes a document's new state and its timeline step together, and publishes the audited
 * event: a step that lost the race (the version moved) is a {@link StepConflict}.
 */
@Component
class Timeline {

    private final IncomingStore store;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Timeline(IncomingStore store, CurrentActor actor, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    /** A step: who, acting for whom, the rule, the due date it set (with its explanation), a note. */
    record Step(String action, String rule, String actingFor, String actingNote, Deadline due, String note) {

        static Step of(String action, String rule, String note) {
            return new Step(action, rule, null, null, null, note);
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    java.time.Instant now() {
        return clock.instant();
    }

    Actor me() {
        return actor.get();
    }

    /** Saves the new state if the version is still {@code expected}, then the step and its event. */
    void save(Incoming updated, int expected, Step step) {
        if (!store.update(updated, expected)) {
            throw new StepConflict("document.conflict.version");
        }
        record(updated.id(), step);
    }

    void record(String documentId, Step step) {
        var who = me();
        var due = step.due();
        store.addStep(new StepRecord(0, documentId, step.action(), who.username(), who.displayName(), step.actingFor(),
                step.actingNote(), step.rule(), due == null ? null : due.date(), due == null ? null : due.explanation(),
                due != null && due.provisional(), step.note(), clock.instant()));
        events.publishEvent(new DocumentStepRecorded(SubjectRef.of("document", documentId), step.action(),
                step.actingFor(), due == null ? null : due.date(),
                step.rule() == null ? List.of() : List.of(RuleId.of(step.rule())),
                step.action() + " by " + who.username() + (step.actingFor() == null ? "" : " for " + step.actingFor())));
    }

    /** The version the caller saw, or the one just read when the caller sent none. */
    static int expected(Incoming current, Integer sent) {
        if (sent != null && sent != current.version()) {
            throw new StepConflict("document.conflict.version");
        }
        return current.version();
    }
}

package org.zhengwu.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.calendar.DayCount;
import org.zhengwu.calendar.WorkingDayClock;
import org.zhengwu.escalation.EscalationEvents.EscalationWatchClosed;
import org.zhengwu.escalation.EscalationEvents.EscalationWatchStarted;
import org.zhengwu.escalation.domain.DeadlinePlan;
import org.zhengwu.escalation.persistence.StepStore;
import org.zhengwu.escalation.persistence.StepStore.NewStep;
import org.zhengwu.escalation.persistence.Watch;
import org.zhengwu.escalation.persistence.WatchStore;
import org.zhengwu.escalation.persistence.WatchStore.DuePending;
import org.zhengwu.rulepack.Ladder;
import org.zhengwu.rulepack.Ladder.Trigger;

/** Deadline ladders: plan each watch's steps on the working-day clock, fire them when their day comes. */
@Component
class DeadlineWatches {

    private final Ladders ladders;
    private final WorkingDayClock calendar;
    private final WatchStore watches;
    private final StepStore steps;
    private final Recipients recipients;
    private final Causes causes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    DeadlineWatches(Ladders ladders, WorkingDayClock calendar, WatchStore watches, StepStore steps,
            Recipients recipients, Causes causes, ApplicationEventPublisher events, Clock clock, TransactionTemplate tx) {
        this.ladders = ladders;
        this.calendar = calendar;
        this.watches = watches;
        this.steps = steps;
        this.recipients = recipients;
        this.causes = causes;
        this.events = events;
        this.clock = clock;
        this.tx = tx;
    }

    void watch(WatchRequest r) {
        var ladder = ladders.get(r.ladderId(), Trigger.DEADLINE);
        var existing = watches.find(r.ladderId(), r.subject());
        var watch = new Watch(existing.map(Watch::id).orElseGet(() -> UUID.randomUUID().toString()), r.ladderId(),
                r.subject(), r.label(), r.due(), r.startStep(), true);
        if (existing.isPresent()) {
            watches.reopen(watch);
        } else {
            watches.insert(watch, clock.instant());
        }
        plan(watch, ladder);
        events.publishEvent(new EscalationWatchStarted(r.subject(), r.ladderId(), ladder.rule(), r.due()));
    }

    void close(org.zhengwu.kernel.SubjectRef subject, String ladderId) {
        var ladder = ladders.get(ladderId, Trigger.DEADLINE);
        watches.find(ladderId, subject).filter(Watch::active).ifPresent(w -> {
            watches.close(w.id(), clock.instant());
            events.publishEvent(new EscalationWatchClosed(subject, ladderId, ladder.rule()));
        });
    }

    List<PendingStep> pending(org.zhengwu.kernel.SubjectRef subject, String ladderId) {
        return watches.find(ladderId, subject).filter(Watch::active)
                .map(w -> watches.pending(w.id()).stream().map(p -> new PendingStep(p.stepIndex(), p.fireOn())).toList())
                .orElse(List.of());
    }

    /** Plans again every open watch (the calendar changed); returns how many pending steps moved. */
    int replanAll() {
        int moved = 0;
        for (var listed : watches.active()) {
            // re-read under the row's lock: an owner may be moving this watch's due date right now
            var watch = watches.lock(listed.id()).filter(Watch::active).orElse(null);
            if (watch == null) {
                continue;
            }
            var before = watches.pending(watch.id());
            var after = plan(watch, ladders.get(watch.ladderId(), Trigger.DEADLINE));
            moved += (int) after.stream().filter(p -> !before.contains(p)).count();
        }
        return moved;
    }

    private List<DeadlinePlan.Planned> plan(Watch watch, Ladder ladder) {
        var fired = new ArrayList<Integer>();
        ladder.steps().forEach(s -> {
            if (steps.exists(ladder.id(), watch.subject(), watch.id(), s.index(), 0)) {
                fired.add(s.index());
            }
        });
        var plan = DeadlinePlan.plan(ladder, watch.due(), watch.startStep(),
                (date, n) -> calendar.shift(date, n, DayCount.WORKING_DAYS)).stream()
                .filter(p -> !fired.contains(p.stepIndex())).toList();
        watches.replacePending(watch.id(), plan);
        return plan;
    }

    /** Fires every pending step whose day has come, each in its own transaction. */
    List<Long> fireDue() {
        var today = LocalDate.now(clock);
        var fired = new ArrayList<Long>();
        List<DuePending> batch;
        do {
            batch = watches.dueBy(today, 200);
            for (var due : batch) {
                var id = tx.execute(status -> fire(due));
                if (id != null && id > 0) {
                    fired.add(id);
                }
            }
        } while (batch.size() == 200);
        return fired;
    }

    private Long fire(DuePending due) {
        var watch = watches.byId(due.watchId()).orElseThrow();
        watches.removePending(due.watchId(), due.stepIndex());
        var ladder = ladders.get(watch.ladderId(), Trigger.DEADLINE);
        var found = ladder.steps().stream().filter(s -> s.index() == due.stepIndex()).findFirst();
        if (found.isEmpty() || steps.exists(ladder.id(), watch.subject(), watch.id(), due.stepIndex(), 0)) {
            return -1L; // the pack no longer has this step, or it fired already
        }
        var step = found.get();
        var to = recipients.resolve(watch.subject(), step.recipients());
        var cause = causes.deadline(ladder.name(), watch.due(), due.fireOn(), step.after());
        long id = steps.insert(new NewStep(ladder.id(), ladder.rule(), watch.subject(), watch.label(), watch.id(),
                step.index(), 0, step.action(), to, cause, watch.due(), due.fireOn()), clock.instant());
        events.publishEvent(new EscalationStepReached(id, ladder.id(), ladder.rule(), watch.subject(), step.index(), 0,
                step.action(), to.tokens(), due.fireOn()));
        return id;
    }
}

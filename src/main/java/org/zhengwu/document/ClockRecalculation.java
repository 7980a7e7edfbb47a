package org.zhengwu.document;

import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.calendar.CalendarChanged;
import org.zhengwu.calendar.WorkingDayClock;
import org.zhengwu.document.persistence.Incoming;
import org.zhengwu.document.persistence.IncomingStore;
import org.zhengwu.escalation.Escalations;
import org.zhengwu.escalation.WatchRequest;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.CurrentActor;

/**
 * The official calendar changed: every open WR-57 clock is counted again from its start, the
 * document keeps the new due date with its explanation, and the ladder is told. Each document in
 * a transaction of its own, tried again when the ladder engine is re-planning the same watch at
 * that moment (it listens to the same event).
 */
@Component
class ClockRecalculation {

    private static final Logger log = LoggerFactory.getLogger(ClockRecalculation.class);

    private final IncomingStore store;
    private final WorkingDayClock clock;
    private final Escalations escalations;
    private final Timeline timeline;
    private final Clock zone;
    private final TransactionTemplate tx;

    ClockRecalculation(IncomingStore store, WorkingDayClock clock, Escalations escalations, Timeline timeline,
            Clock zone, PlatformTransactionManager transactions) {
        this.store = store;
        this.clock = clock;
        this.escalations = escalations;
        this.timeline = timeline;
        this.zone = zone;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(CalendarChanged changed) {
        CurrentActor.runAs(Actor.SYSTEM, () -> store.open().forEach(d -> recalculate(d.id(), changed)));
    }

    private void recalculate(String id, CalendarChanged changed) {
        for (int attempt = 1; ; attempt++) {
            try {
                tx.executeWithoutResult(status -> store.find(id).ifPresent(d -> recalculate(d, changed)));
                return;
            } catch (DataAccessException | StepConflict e) {
                if (attempt == 5) {
                    log.error("document {}: reply clock not recalculated after {} attempts", id, attempt, e);
                    return;
                }
                sleep(attempt);
            }
        }
    }

    private void recalculate(Incoming d, CalendarChanged changed) {
        if (!d.status().isOpen() || d.clockLimit() == null || d.replyDue() == null) {
            return;
        }
        var start = d.status() == Incoming.Status.FORWARDED ? forwardedOn(d.id()) : d.receivedOn();
        var due = clock.deadline(start, d.clockLimit());
        if (Objects.equals(due.date(), d.replyDue()) && due.provisional() == d.replyProvisional()) {
            return;
        }
        var moved = d.withClock(d.status(), d.clockLimit(), d.specialReason(), due.date(), due.provisional(),
                due.explanation());
        timeline.save(moved, d.version(), new Timeline.Step("clock-recalculated", "WR-57", null, null, due,
                changed.source()));
        escalations.watch(WatchRequest.of(DocumentRegistry.subject(d.id()), DocumentRegistry.LADDER, d.title(),
                due.date()));
    }

    private java.time.LocalDate forwardedOn(String id) {
        return store.steps(id).reversed().stream().filter(s -> "forwarded".equals(s.action())).findFirst()
                .map(s -> s.at().atZone(zone.getZone()).toLocalDate()).orElseThrow();
    }

    private static void sleep(int attempt) {
        try {
            Thread.sleep(50L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

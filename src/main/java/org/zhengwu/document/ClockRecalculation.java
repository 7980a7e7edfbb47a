package org.zhengwu.document;

import java.util.Objects;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengwu.calendar.CalendarChanged;
import org.zhengwu.calendar.WorkingDayClock;
import org.zhengwu.document.persistence.IncomingStore;
import org.zhengwu.escalation.Escalations;
import org.zhengwu.escalation.WatchRequest;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.CurrentActor;

/**
 * The official calendar changed: every open WR-57 clock is counted again from its start, the
 * document keeps the new due date with its explanation, and the ladder is told.
 */
@Component
class ClockRecalculation {

    private final IncomingStore store;
    private final WorkingDayClock clock;
    private final Escalations escalations;
    private final Timeline timeline;
    private final java.time.Clock zone;

    ClockRecalculation(IncomingStore store, WorkingDayClock clock, Escalations escalations, Timeline timeline,
            java.time.Clock zone) {
        this.zone = zone;
        this.store = store;
        this.clock = clock;
        this.escalations = escalations;
        this.timeline = timeline;
    }

    @ApplicationModuleListener
    void on(CalendarChanged changed) {
        CurrentActor.runAs(Actor.SYSTEM, () -> recalculate(changed));
    }

    void recalculate(CalendarChanged changed) {
        for (var d : store.open()) {
            if (d.clockLimit() == null || d.replyDue() == null) {
                continue;
            }
            var start = d.status() == org.zhengwu.document.persistence.Incoming.Status.FORWARDED
                    ? forwardedOn(d.id()) : d.receivedOn();
            var due = clock.deadline(start, d.clockLimit());
            if (Objects.equals(due.date(), d.replyDue()) && due.provisional() == d.replyProvisional()) {
                continue;
            }
            var moved = d.withClock(d.status(), d.clockLimit(), d.specialReason(), due.date(), due.provisional(),
                    due.explanation());
            timeline.save(moved, d.version(), new Timeline.Step("clock-recalculated", "WR-57", null, null, due,
                    changed.source()));
            escalations.watch(WatchRequest.of(DocumentRegistry.subject(d.id()), DocumentRegistry.LADDER, d.title(),
                    due.date()));
        }
    }

    private java.time.LocalDate forwardedOn(String id) {
        return store.steps(id).reversed().stream().filter(s -> "forwarded".equals(s.action())).findFirst()
                .map(s -> s.at().atZone(zone.getZone()).toLocalDate()).orElseThrow();
    }
}

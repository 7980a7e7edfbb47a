package org.zhengwu.supervision;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zhengwu.escalation.Escalations;
import org.zhengwu.escalation.WatchRequest;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.rulepack.RulePacks;
import org.zhengwu.supervision.SupervisionEvents.ItemOpened;
import org.zhengwu.supervision.persistence.SupervisedItemStore;
import org.zhengwu.supervision.persistence.SupervisedItemStore.DueBasis;

/** Puts an item on the ledger (audited) and, once it is open, on the WR-69 ladder. */
@Component
class ItemOpening {

    private final SupervisedItemStore items;
    private final Escalations escalations;
    private final RulePacks packs;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Cycles cycles;

    ItemOpening(SupervisedItemStore items, Escalations escalations, RulePacks packs, CurrentActor actor,
            ApplicationEventPublisher events, Clock clock, Cycles cycles) {
        this.cycles = cycles;
        this.items = items;
        this.escalations = escalations;
        this.packs = packs;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    SupervisionSettings settings() {
        return packs.active().section(SupervisionSection.class);
    }

    Cycles cycles() {
        return cycles;
    }

    java.time.Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    void open(Item item, DueBasis basis) {
        open(item, basis, item.source().rule());
    }

    /** Opens an item under the rule that makes it one (WR-72 for a party leader's instruction). */
    void open(Item item, DueBasis basis, org.zhengwu.kernel.RuleId rule) {
        items.insert(item, basis, actor.get().username(), clock.instant());
        events.publishEvent(new ItemOpened(item.id(), item.source(), item.sourceRef(), item.status(), item.due(),
                item.title(), rule));
        if (item.majorDecision()) {   // WR-66 联合督查
            events.publishEvent(new SupervisionEvents.MajorDecisionMarked(item.id(),
                    item.jointUnits().stream().map(org.zhengwu.kernel.OrgUnitId::value).toList()));
        }
        if (item.status().isWorked()) {
            watch(item);
        }
    }

    /** WR-69: an open item with a due date climbs the pack's ladder when it is not done in time. */
    void watch(Item item) {
        if (item.due() != null) {
            escalations.watch(new WatchRequest(item.subject(), settings().ladderId(), item.title(), item.due(),
                    item.startStep()));
        }
    }

    void unwatch(Item item) {
        escalations.close(item.subject(), settings().ladderId());
    }
}

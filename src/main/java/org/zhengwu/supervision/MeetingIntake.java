package org.zhengwu.supervision;

import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengwu.calendar.WorkingDayClock;
import org.zhengwu.supervision.persistence.SupervisedItemStore;
import org.zhengwu.supervision.persistence.SupervisedItemStore.DueBasis;

/** WR-71 (WR-47e): a meeting decision that needs action is an open item, reported within 1 month. */
@Component
class MeetingIntake {

    private final ItemOpening opening;
    private final SupervisedItemStore items;
    private final InstructionIntake units;
    private final WorkingDayClock clock;

    MeetingIntake(ItemOpening opening, SupervisedItemStore items, InstructionIntake units, WorkingDayClock clock) {
        this.opening = opening;
        this.items = items;
        this.units = units;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MeetingDecisionTaken d) {
        if (items.exists(Source.MEETING, d.decisionId())) {
            return;
        }
        int months = opening.settings().meetingReportMonths();
        var due = clock.addMonths(d.meetingDate(), months);   // WR-71 会后1个月内报送
        var item = new Item(UUID.randomUUID().toString(), Source.MEETING, d.decisionId(), "MEETING", d.text(),
                d.meetingTitle(), null, null, null, ItemStatus.OPEN, due, null, Cycle.NONE, 0,
                d.signedBy() == null ? null : d.signedBy().value(), d.signedByName(), d.meetingDate(), null, null, null,
                units.units(d.leadUnit(), d.otherUnits()));
        opening.open(item, new DueBasis(d.meetingDate(), null, months));
    }
}

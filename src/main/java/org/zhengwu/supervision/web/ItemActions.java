package org.zhengwu.supervision.web;

import org.zhengwu.kernel.Role;
import org.zhengwu.platform.Actor;
import org.zhengwu.supervision.Item;
import org.zhengwu.supervision.ItemStatus;

/** Which of an item's actions the page offers the actor (the facades check again). */
record ItemActions(boolean review, boolean approve, boolean resolve, boolean responsible, boolean report,
        boolean consolidate, boolean returnUnitReports, boolean returnConsolidated, boolean verify, boolean close,
        boolean lookBack, boolean markMajorDecision, boolean markImportant, boolean recordStudy) {

    static ItemActions of(Item item, Actor me) {
        var s = item.status();
        boolean office = me.has(Role.OFFICE_STAFF);
        boolean working = s == ItemStatus.OPEN || s == ItemStatus.IN_PROGRESS;
        boolean clerk = me.has(Role.CLERK);
        return new ItemActions(
                me.has(Role.DEPUTY_SECRETARY_GENERAL) && s == ItemStatus.PROPOSED,
                me.has(Role.SECRETARY_GENERAL) && s == ItemStatus.REVIEWED,
                office && item.hasUnresolvedUnits() && s != ItemStatus.CLOSED,
                clerk && item.involves(me.orgUnit()) && s.isWorked(),
                clerk && item.involves(me.orgUnit()) && working,
                clerk && item.isLead(me.orgUnit()) && working,
                (office || clerk && item.isLead(me.orgUnit())) && s.isWorked(),
                office && s == ItemStatus.REPORTED,
                office && s == ItemStatus.REPORTED,
                me.hasAny(Role.SECRETARY_GENERAL, Role.DEPUTY_SECRETARY_GENERAL) && s == ItemStatus.VERIFIED,
                office && s == ItemStatus.CLOSED && item.lookBackResult() == null,
                office && s != ItemStatus.CLOSED,   // WR-66
                office && !item.important() && s != ItemStatus.CLOSED,   // WR-71(三)
                office && item.important() && s.isWorked());
    }
}

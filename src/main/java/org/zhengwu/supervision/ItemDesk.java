package org.zhengwu.supervision;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.calendar.WorkingDayClock;
import org.zhengwu.directory.Directory;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.supervision.SupervisionEvents.ItemClosed;
import org.zhengwu.supervision.SupervisionEvents.ItemStatusChanged;
import org.zhengwu.supervision.SupervisionEvents.LookBackRecorded;
import org.zhengwu.supervision.SupervisionEvents.ResponsiblePersonNamed;
import org.zhengwu.supervision.SupervisionEvents.UnitResolved;
import org.zhengwu.supervision.persistence.SupervisedItemStore;

/**
 * The office's and the leaders' steps on an item: WR-71's opening (review, approval), resolving
 * a unit, verifying, closing (销号) with the look-back it schedules and the look-back itself
 * (WR-68). The units' reports are {@link UnitReports}.
 */
@Service
public class ItemDesk {

    private final SupervisedItemStore items;
    private final org.zhengwu.supervision.persistence.ReportStore reports;
    private final ItemOpening opening;
    private final Directory directory;
    private final WorkingDayClock clock;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final PrincipalHeads heads;
    private final ManualItems manual;

    ItemDesk(SupervisedItemStore items, org.zhengwu.supervision.persistence.ReportStore reports, ItemOpening opening,
            Directory directory, WorkingDayClock clock, CurrentActor actor,
            ApplicationEventPublisher events, PrincipalHeads heads, ManualItems manual) {
        this.heads = heads;
        this.manual = manual;
        this.items = items;
        this.reports = reports;
        this.opening = opening;
        this.directory = directory;
        this.clock = clock;
        this.actor = actor;
        this.events = events;
    }

    /** WR-71(一): the deputy secretary-general in charge reviews a proposed item. */
    @Transactional
    public void review(String id, String note) {
        require(Role.DEPUTY_SECRETARY_GENERAL);
        move(item(id), ItemStatus.PROPOSED, ItemStatus.REVIEWED, "WR-71", note);
    }

    /** WR-71(一): the secretary-general approves; the item opens and its handlers are notified. */
    @Transactional
    public void approve(String id, String note) {
        require(Role.SECRETARY_GENERAL);
        var item = item(id);
        if (item.hasUnresolvedUnits()) {
            throw new UserError("supervision.unresolved-units", "units", RuleId.of("WA-task"));
        }
        move(item, ItemStatus.REVIEWED, ItemStatus.OPEN, "WR-71", note);
        opening.watch(item);
    }

    /** An unknown unit name of an imported task is matched to a directory unit by the office. */
    @Transactional
    public void resolveUnit(String id, ItemUnit.Role role, int position, String orgUnit) {
        require(Role.OFFICE_STAFF);
        var item = item(id);
        var unit = item.unit(role, position).filter(u -> !u.resolved())
                .orElseThrow(() -> new UserError("supervision.unit-not-unresolved", "unit"));
        var chosen = orgUnit == null || orgUnit.isBlank() ? null
                : directory.unit(new OrgUnitId(orgUnit.strip())).orElse(null);
        if (chosen == null) {
            throw new UserError("supervision.unit-unknown", "orgUnit", RuleId.of("WA-task"), unit.name(), orgUnit);
        }
        items.resolveUnit(id, role, position, chosen.id());
        events.publishEvent(new UnitResolved(id, unit.name(), chosen.id().value()));
    }

    /**
     * WR-71(二): a handling unit names the person responsible for the item; WR-66: for a major
     * decision or a leader's instruction that is the unit's principal head, personally.
     */
    @Transactional
    public void nameResponsible(String id, String person) {
        var me = actor.get();
        var item = item(id);
        if (!item.involves(me.orgUnit())) {
            throw new AccessDeniedException("not a handling unit of " + id);
        }
        if (person == null || person.isBlank() || person.strip().length() > 200) {
            throw new UserError("supervision.responsible-required", "person", RuleId.of("WR-71"));
        }
        if (item.needsPrincipalHead()) {
            heads.requireHead(me.orgUnit(), person.strip(), opening.today());
        }
        items.nameResponsible(id, me.orgUnit(), person.strip());
        events.publishEvent(new ResponsiblePersonNamed(id, me.orgUnit().value(), person.strip()));
    }

    /** WR-66: the office marks an item a major decision, supervised jointly with the units it names. */
    @Transactional
    public void markMajorDecision(String id, java.util.List<String> jointUnits) {
        require(Role.OFFICE_STAFF);
        item(id);
        var joint = manual.jointUnits(true, jointUnits == null ? java.util.List.of() : jointUnits);
        if (!items.markMajorDecision(id, joint)) {
            throw new UserError("supervision.status-conflict", "status", RuleId.of("WR-66"), ItemStatus.CLOSED);
        }
        events.publishEvent(new SupervisionEvents.MajorDecisionMarked(id, joint.stream().map(OrgUnitId::value).toList()));
    }

    /** WR-71(三): the office marks an item important (重要督查事项), so that it is studied in the field. */
    @Transactional
    public void markImportant(String id) {
        require(Role.OFFICE_STAFF);
        var item = item(id);
        if (item.important() || !items.markImportant(id)) {
            throw new UserError("supervision.status-conflict", "important", RuleId.of("WR-71"), item.status());
        }
        events.publishEvent(new SupervisionEvents.ImportantMarked(id));
    }

    /** The office checks the lead unit's consolidated report and proposes closing. */
    @Transactional
    public void verify(String id, String note) {
        require(Role.OFFICE_STAFF);
        move(item(id), ItemStatus.REPORTED, ItemStatus.VERIFIED, "WR-71", note);
        reports.acceptAll(id);   // the consolidated report is the one verified
    }

    /** 销号 on approval; WR-68: the look-back falls due the pack's working days later. */
    @Transactional
    public void close(String id, String note) {
        var me = actor.get();
        if (!me.hasAny(Role.SECRETARY_GENERAL, Role.DEPUTY_SECRETARY_GENERAL)) {
            throw new AccessDeniedException("closing needs the secretary-general's approval");
        }
        var item = item(id);
        var today = opening.today();
        var lookBack = clock.addWorkingDays(today, opening.settings().lookBackWorkingDays());
        if (!items.close(id, today, lookBack)) {
            throw new UserError("supervision.status-conflict", "status", RuleId.of("WR-68"), item.status());
        }
        opening.unwatch(item);
        events.publishEvent(new ItemStatusChanged(id, ItemStatus.VERIFIED, ItemStatus.CLOSED, RuleId.of("WR-68"), note));
        events.publishEvent(new ItemClosed(id, today, lookBack));
    }

    /** WR-68 回头看: passed keeps it closed; failed reopens it, back on the ladder. */
    @Transactional
    public void lookBack(String id, boolean passed, String note) {
        require(Role.OFFICE_STAFF);
        var item = item(id);
        if (note == null || note.isBlank()) {
            throw new UserError("supervision.look-back-note-required", "note", RuleId.of("WR-68"));
        }
        if (!items.lookBack(id, passed)) {
            throw new UserError("supervision.look-back-not-due", "id", RuleId.of("WR-68"));
        }
        events.publishEvent(new LookBackRecorded(id, passed, note.strip()));
        if (!passed) {
            events.publishEvent(new ItemStatusChanged(id, ItemStatus.CLOSED, ItemStatus.IN_PROGRESS, RuleId.of("WR-68"),
                    note.strip()));
            opening.watch(item);
        }
    }

    Item item(String id) {
        return items.find(id).orElseThrow(() -> new UserError("supervision.item-unknown", "id", id));
    }

    private void move(Item item, ItemStatus from, ItemStatus to, String rule, String note) {
        if (item.status() != from || !items.moveStatus(item.id(), from, to)) {
            throw new UserError("supervision.status-conflict", "status", RuleId.of(rule), item.status());
        }
        events.publishEvent(new ItemStatusChanged(item.id(), from, to, RuleId.of(rule),
                note == null || note.isBlank() ? null : note.strip()));
    }

    private Actor require(Role role) {
        var me = actor.get();
        if (!me.has(role)) {
            throw new AccessDeniedException("needs " + role);
        }
        return me;
    }
}

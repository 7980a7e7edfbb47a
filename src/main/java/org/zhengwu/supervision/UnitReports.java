package org.zhengwu.supervision;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.supervision.SupervisionEvents.DueDateMoved;
import org.zhengwu.supervision.SupervisionEvents.ItemStatusChanged;
import org.zhengwu.supervision.SupervisionEvents.ProgressReported;
import org.zhengwu.supervision.SupervisionEvents.ReportReturned;
import org.zhengwu.supervision.persistence.SupervisedItemStore;
import org.zhengwu.supervision.persistence.ReportStore;

/**
 * WR-71(二)(四): each handling unit reports progress (text, percent, evidence); the lead unit
 * consolidates; a report can be returned with a reason. A cycle item's consolidated report that
 * is not final closes the cycle and moves the due date to the next one.
 */
@Service
public class UnitReports {

    private static final RuleId WR_71 = RuleId.of("WR-71");

    private final SupervisedItemStore items;
    private final ReportStore reports;
    private final ItemOpening opening;
    private final Cycles cycles;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;

    UnitReports(SupervisedItemStore items, ReportStore reports, ItemOpening opening, Cycles cycles, CurrentActor actor,
            ApplicationEventPublisher events) {
        this.items = items;
        this.reports = reports;
        this.opening = opening;
        this.cycles = cycles;
        this.actor = actor;
        this.events = events;
    }

    /** A handling unit's progress report. */
    @Transactional
    public long report(String id, String text, int percent, List<Upload> files) {
        var item = worked(id);
        var me = actor.get();
        if (!item.involves(me.orgUnit())) {
            throw new AccessDeniedException("not a handling unit of " + id);
        }
        long reportId = store(item, false, text, percent, files);
        if (item.status() == ItemStatus.OPEN) {
            move(item, ItemStatus.OPEN, ItemStatus.IN_PROGRESS);
        }
        return reportId;
    }

    /** The lead unit's consolidated report: final (100 %, or an item with a deadline) or this cycle's. */
    @Transactional
    public long consolidate(String id, String text, int percent, List<Upload> files) {
        var item = worked(id);
        if (!item.isLead(actor.get().orgUnit())) {
            throw new AccessDeniedException("only the lead unit consolidates " + id);
        }
        if (item.status() == ItemStatus.REPORTED || item.status() == ItemStatus.VERIFIED) {
            throw new UserError("supervision.status-conflict", "status", WR_71, item.status());
        }
        reports.acceptAll(id);   // the units' reports go into this one
        long reportId = store(item, true, text, percent, files);
        if (item.cycle() != Cycle.NONE && percent < 100) {
            nextCycle(item);
        } else {
            move(item, item.status(), ItemStatus.REPORTED);
        }
        return reportId;
    }

    /** Sends a report back: the lead unit a unit's report, the office the consolidated one. */
    @Transactional
    public void returnReport(String id, long reportId, String reason) {
        var item = worked(id);
        var me = actor.get();
        var report = reports.of(id).stream().filter(r -> r.id() == reportId).findFirst()
                .orElseThrow(() -> new UserError("supervision.report-unknown", "report"));
        boolean allowed = report.consolidated() ? me.has(Role.OFFICE_STAFF)
                : me.has(Role.OFFICE_STAFF) || item.isLead(me.orgUnit());
        if (!allowed) {
            throw new AccessDeniedException("may not return report " + reportId);
        }
        if (reason == null || reason.isBlank()) {
            throw new UserError("supervision.return-reason-required", "reason", WR_71);
        }
        if (!reports.returnReport(reportId, id, reason.strip())) {
            throw new UserError("supervision.report-not-returnable", "report", WR_71);
        }
        events.publishEvent(new ReportReturned(id, reportId, reason.strip()));
        if (report.consolidated() && item.status() == ItemStatus.REPORTED) {
            move(item, ItemStatus.REPORTED, ItemStatus.IN_PROGRESS);
        }
    }

    private long store(Item item, boolean consolidated, String text, int percent, List<Upload> files) {
        if (text == null || text.isBlank()) {
            throw new UserError("supervision.report-text-required", "text", WR_71);
        }
        if (percent < 0 || percent > 100) {
            throw new UserError("supervision.percent-range", "percent", WR_71, percent);
        }
        for (var f : files) {
            if (f.filename() == null || f.filename().isBlank() || f.content().length == 0) {
                throw new UserError("supervision.attachment-empty", "files", WR_71);
            }
        }
        var me = actor.get();
        var period = Cycles.label(item.cycle(), opening.today());
        long reportId = reports.insert(item.id(), me.orgUnit().value(), consolidated, period, text.strip(), percent,
                me.username(), opening.now());
        files.forEach(f -> reports.attach(reportId, f.filename(), f.contentType() == null
                ? "application/octet-stream" : f.contentType(), f.content()));
        events.publishEvent(new ProgressReported(item.id(), reportId, me.orgUnit().value(), consolidated, percent,
                files.size()));
        return reportId;
    }

    private void nextCycle(Item item) {
        var next = cycles.nextDueOf(item.cycle(), opening.today());
        items.setDue(item.id(), next);
        events.publishEvent(new DueDateMoved(item.id(), item.due(), next, "cycle " + Cycles.label(item.cycle(),
                opening.today()) + " reported"));
        if (item.status() == ItemStatus.OPEN) {
            move(item, ItemStatus.OPEN, ItemStatus.IN_PROGRESS);
        }
        opening.watch(withDue(item, next));
    }

    private Item worked(String id) {
        var item = items.find(id).orElseThrow(() -> new UserError("supervision.item-unknown", "id", id));
        if (!item.status().isWorked()) {
            throw new UserError("supervision.not-open", "status", WR_71, item.status());
        }
        return item;
    }

    private void move(Item item, ItemStatus from, ItemStatus to) {
        if (!items.moveStatus(item.id(), from, to)) {
            throw new UserError("supervision.status-conflict", "status", WR_71, item.status());
        }
        events.publishEvent(new ItemStatusChanged(item.id(), from, to, WR_71, null));
    }

    static Item withDue(Item i, java.time.LocalDate due) {
        return i.withDue(due);
    }
}

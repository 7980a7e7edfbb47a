package org.zhengwu.document;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.calendar.WorkingDayClock;
import org.zhengwu.document.persistence.IncomingStore;
import org.zhengwu.document.persistence.Incoming;
import org.zhengwu.document.persistence.Incoming.Status;
import org.zhengwu.escalation.Escalations;
import org.zhengwu.escalation.WatchRequest;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;
import org.zhengwu.kernel.UserError;
import org.zhengwu.rulepack.RulePacks;

/**
 * 收文登记: the General Office registers an accepted document with the year's next serial and
 * its WR-57 reply clock starts: 5 working days for an ordinary matter, 10 for a special one
 * (with the reason), counted from the day of receipt; the {@code reply-overdue} ladder reminds.
 */
@Service
public class DocumentRegistry {

    static final String LADDER = "reply-overdue";

    private final IncomingStore store;
    private final Timeline timeline;
    private final WorkingDayClock clock;
    private final RulePacks packs;
    private final Escalations escalations;

    DocumentRegistry(IncomingStore store, Timeline timeline, WorkingDayClock clock, RulePacks packs,
            Escalations escalations) {
        this.store = store;
        this.timeline = timeline;
        this.clock = clock;
        this.packs = packs;
        this.escalations = escalations;
    }

    /** Registers the document (OFFICE_STAFF); special matters need their reason (WR-57). */
    @Transactional
    public Incoming register(String id, boolean special, String specialReason, Integer version) {
        if (!timeline.me().has(Role.OFFICE_STAFF)) {
            throw new AccessDeniedException("office staff register");
        }
        var doc = store.find(id).orElseThrow(() -> new DocumentNotFound(id));
        int expected = Timeline.expected(doc, version);
        if (doc.status() != Status.ACCEPTED) {
            throw new StepConflict("document.conflict.state");
        }
        if (special && (specialReason == null || specialReason.isBlank())) {
            throw new UserError("document.register.reason-required", "specialReason", RuleId.of("WR-57"));
        }
        var limits = packs.active().replyLimits();
        // WR-57 ordinary matters 5 working days, special ones 10, from the day of receipt
        int limit = special ? limits.special() : limits.ordinary();
        var due = clock.deadline(doc.receivedOn(), limit);
        // claim the step first: of two registrations at once, the second stops here, before taking a serial
        if (!store.update(doc, expected)) {
            throw new StepConflict("document.conflict.version");
        }
        int year = timeline.today().getYear();
        var registered = doc.withClock(Status.ACCEPTED, limit, special ? specialReason.strip() : null, due.date(),
                due.provisional(), due.explanation()).registered(year, store.nextSerial(year));
        timeline.save(registered, expected + 1, new Timeline.Step("registered", "WR-57", null, null, due,
                registered.serial() + (special ? " " + specialReason.strip() : "")));
        store.addReader(id, "user:" + timeline.me().username());
        escalations.watch(WatchRequest.of(subject(id), LADDER, doc.title(), due.date()));
        return registered;
    }

    static SubjectRef subject(String id) {
        return SubjectRef.of("document", id);
    }
}

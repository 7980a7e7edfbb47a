package org.zhengwu.document;

import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.calendar.WorkingDayClock;
import org.zhengwu.directory.Acting;
import org.zhengwu.directory.Directory;
import org.zhengwu.directory.Person;
import org.zhengwu.directory.Post;
import org.zhengwu.document.persistence.IncomingStore;
import org.zhengwu.document.persistence.Incoming;
import org.zhengwu.document.persistence.Incoming.Status;
import org.zhengwu.escalation.Escalations;
import org.zhengwu.escalation.WatchRequest;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.UserError;
import org.zhengwu.rulepack.RulePacks;

/**
 * After registration: the General Office submits the document to the leader in charge (by
 * portfolio, to whoever acts for that post today, WR-6/WR-8, and the record says so) or forwards
 * it (转办) to a department, which answers within 5 working days or the stated limit (WR-57).
 * A leader decides a request with an explicit opinion, name and date, or circles a report as
 * read (圈阅, WR-55c).
 */
@Service
public class DocumentHandling {

    private final IncomingStore store;
    private final Timeline timeline;
    private final Directory directory;
    private final WorkingDayClock clock;
    private final RulePacks packs;
    private final Escalations escalations;

    DocumentHandling(IncomingStore store, Timeline timeline, Directory directory, WorkingDayClock clock,
            RulePacks packs, Escalations escalations) {
        this.store = store;
        this.timeline = timeline;
        this.directory = directory;
        this.clock = clock;
        this.packs = packs;
        this.escalations = escalations;
    }

    /** The leader's post in charge of the document's lead unit (分管), if the directory knows one. */
    public java.util.Optional<Post> leaderInCharge(Incoming doc) {
        return java.util.Optional.ofNullable(doc.leadUnit()).flatMap(directory::findUnit)
                .flatMap(u -> directory.inChargeOf(u.id()));
    }

    /** Routes the document to the leader's post; whoever acts for it today receives it. */
    @Transactional
    public Acting route(String id, PostId post, Integer version) {
        requireOffice();
        var doc = open(id, Status.REGISTERED, Status.ROUTED);
        int expected = Timeline.expected(doc, version);
        if (post == null || directory.post(post).isEmpty()) {
            throw new UserError("document.route.unknown-post", "post", post == null ? "" : post.value());
        }
        var acting = directory.whoActsFor(post, timeline.today());
        if (acting.person() == null) {
            throw new UserError("document.route.vacant", "post", directory.post(post).get().title());
        }
        var forWhom = acting.isDelegated() ? holderName(post) : null;
        timeline.save(doc.routedTo(post.value()), expected, new Timeline.Step("routed",
                acting.rule() == null ? null : acting.rule().value(), forWhom, acting.explanation(), null,
                personName(acting.person()) + " · " + directory.post(post).get().title()));
        store.addReader(id, "post:" + post.value());
        return acting;
    }

    /** Forwards (转办) to a department: the handler answers within the stated limit or the pack's (WR-57). */
    @Transactional
    public Incoming forward(String id, OrgUnitId unit, Integer limitDays, Integer version) {
        requireOffice();
        var doc = open(id, Status.REGISTERED, Status.ROUTED, Status.DECIDED, Status.READ);
        int expected = Timeline.expected(doc, version);
        var handler = unit == null ? null : directory.unit(unit).orElse(null);
        if (handler == null) {
            throw new UserError("document.forward.unknown-unit", "unit", unit == null ? "" : unit.value());
        }
        if (limitDays != null && (limitDays < 1 || limitDays > 60)) {
            throw new UserError("document.forward.bad-limit", "limitDays", RuleId.of("WR-57"), limitDays);
        }
        // WR-57 forwarded documents: 5 working days or the stated limit
        int limit = limitDays != null ? limitDays : packs.active().replyLimits().forwarded();
        var due = clock.deadline(timeline.today(), limit);
        var forwarded = doc.forwardedTo(unit.value()).withClock(Status.FORWARDED, limit, doc.specialReason(),
                due.date(), due.provisional(), due.explanation());
        timeline.save(forwarded, expected, new Timeline.Step("forwarded", "WR-57", null, null, due, handler.name()));
        store.addReader(id, "unit:" + unit.value());
        escalations.watch(WatchRequest.of(DocumentRegistry.subject(id), DocumentRegistry.LADDER, doc.title(), due.date()));
        return forwarded;
    }

    /** WR-55c: a leader decides a request with an explicit opinion, their name and the date. */
    @Transactional
    public void decide(String id, String opinion, String name, LocalDate date, Integer version) {
        var doc = open(id, Status.ROUTED);
        int expected = Timeline.expected(doc, version);
        var acting = requireLeaderFor(doc);
        if (!"REQUEST".equals(doc.kind())) {
            throw new UserError("document.decide.not-a-request", "kind", RuleId.of("WR-55c"));
        }
        if (opinion == null || opinion.isBlank()) {
            throw new UserError("document.decide.opinion-required", "opinion", RuleId.of("WR-55c"));
        }
        if (name == null || name.isBlank()) {
            throw new UserError("document.decide.name-required", "name", RuleId.of("WR-55c"));
        }
        if (date == null) {
            throw new UserError("document.decide.date-required", "date", RuleId.of("WR-55c"));
        }
        timeline.save(doc.withStatus(Status.DECIDED), expected, new Timeline.Step("decided", "WR-55c",
                acting.forWhom(), acting.note(), null, opinion.strip() + " —— " + name.strip() + " " + date));
        escalations.close(DocumentRegistry.subject(id), DocumentRegistry.LADDER);
    }

    /** WR-55c: on a report, one click records 圈阅 (read). */
    @Transactional
    public void markRead(String id, Integer version) {
        var doc = open(id, Status.ROUTED);
        int expected = Timeline.expected(doc, version);
        var acting = requireLeaderFor(doc);
        if (!"REPORT".equals(doc.kind())) {
            throw new UserError("document.read.not-a-report", "kind", RuleId.of("WR-55c"));
        }
        timeline.save(doc.withStatus(Status.READ), expected,
                new Timeline.Step("read", "WR-55c", acting.forWhom(), acting.note(), null, null));
        escalations.close(DocumentRegistry.subject(id), DocumentRegistry.LADDER);
    }

    /** The handling department answers a forwarded document (WR-57). */
    @Transactional
    public void answer(String id, String text, Integer version) {
        var doc = open(id, Status.FORWARDED);
        int expected = Timeline.expected(doc, version);
        var me = timeline.me();
        if (!me.has(Role.CLERK) || me.orgUnit() == null || !me.orgUnit().value().equals(doc.handlerUnit())) {
            throw new AccessDeniedException("the handling unit answers");
        }
        if (text == null || text.isBlank()) {
            throw new UserError("document.answer.text-required", "text", RuleId.of("WR-57"));
        }
        timeline.save(doc.withStatus(Status.ANSWERED), expected, Timeline.Step.of("answered", "WR-57", text.strip()));
        escalations.close(DocumentRegistry.subject(id), DocumentRegistry.LADDER);
    }

    /** How a leader stands to a routed document: in their own right, or acting for its post's holder. */
    record LeaderActing(String forWhom, String note) {
    }

    LeaderActing requireLeaderFor(Incoming doc) {
        var me = timeline.me();
        if (me.person() == null || doc.routedPost() == null) {
            throw new AccessDeniedException("not routed to this leader");
        }
        var post = new PostId(doc.routedPost());
        var answers = directory.postsAnsweredBy(me.person(), timeline.today()).stream()
                .anyMatch(p -> p.id().equals(post));
        if (!answers) {
            throw new AccessDeniedException("not routed to this leader");
        }
        var holder = directory.holderOf(post, timeline.today());
        if (holder.isPresent() && holder.get().id().equals(me.person())) {
            return new LeaderActing(null, null);
        }
        var acting = directory.whoActsFor(post, timeline.today());
        return new LeaderActing(holder.map(Person::name).orElse(null), acting.explanation());
    }

    private Incoming open(String id, Status... allowed) {
        var doc = store.find(id).orElseThrow(() -> new DocumentNotFound(id));
        for (var s : allowed) {
            if (doc.status() == s) {
                return doc;
            }
        }
        throw new StepConflict("document.conflict.state");
    }

    private void requireOffice() {
        if (!timeline.me().has(Role.OFFICE_STAFF)) {
            throw new AccessDeniedException("office staff route");
        }
    }

    private String holderName(PostId post) {
        return directory.holderOf(post, timeline.today()).map(Person::name).orElse(null);
    }

    private String personName(org.zhengwu.kernel.PersonId id) {
        return directory.person(id).map(Person::name).orElse(id.value());
    }
}

package org.zhengwu.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhengwu.directory.Leave.Kind;
import org.zhengwu.directory.Leave.Status;
import org.zhengwu.directory.persistence.LeaveStore;
import org.zhengwu.directory.persistence.PostStore;
import org.zhengwu.directory.persistence.TermStore;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.rulepack.RulePacks;

/** The work behind {@link LeaveBook}: checking an entry, who may do what, storing, deciding. */
@Component
class LeaveDesk {

    /** A leave as entered: the post, its holder on the first day, the days and why. */
    record Entry(Post post, PersonId holder, LocalDate from, LocalDate to, String reason) {
    }

    private final LeaveStore leaves;
    private final PostStore posts;
    private final TermStore terms;
    private final Leadership leadership;
    private final ActingResolver acting;
    private final CurrentActor actor;
    private final RulePacks packs;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LeaveDesk(LeaveStore leaves, PostStore posts, TermStore terms, Leadership leadership, ActingResolver acting,
            CurrentActor actor, RulePacks packs, Clock clock, ApplicationEventPublisher events) {
        this.leaves = leaves;
        this.posts = posts;
        this.terms = terms;
        this.leadership = leadership;
        this.acting = acting;
        this.actor = actor;
        this.packs = packs;
        this.clock = clock;
        this.events = events;
    }

    Entry entry(PostId postId, LocalDate from, LocalDate to, String reason) {
        var post = posts.find(postId).orElseThrow(() -> new UserError("directory.post.unknown", "post", postId.value()));
        if (from == null || to == null) {
            throw new UserError("directory.date.required", from == null ? "from" : "to");
        }
        if (reason == null || reason.isBlank()) {
            throw new UserError("directory.text.required", "reason");
        }
        var holder = terms.covering(postId, from).map(OfficeTerm::person)
                .orElseThrow(() -> new UserError("directory.leave.vacant", "post", post.title()));
        return new Entry(post, holder, from, to, reason.strip());
    }

    void mayAsk(PersonId holder) {
        var me = actor.get();
        if (!me.has(Role.OFFICE_STAFF) && !holder.equals(me.person())) {
            throw new AccessDeniedException("only the holder or the General Office asks for leave");
        }
    }

    void mayRecordAbsence() {
        if (!actor.get().has(Role.OFFICE_STAFF)) {
            throw new AccessDeniedException("only the General Office records the mayor's absence");
        }
    }

    void isMayor(Post post) {
        if (!leadership.isMayor(post)) {
            throw new UserError("directory.leave.not-mayor", "post", post.title());
        }
    }

    void noOverlap(PersonId person, LocalDate from, LocalDate to) {
        leaves.overlapping(person, from, to).stream().findFirst().ifPresent(other -> {
            throw new UserError("directory.leave.overlap", "from", Texts.range(other.from(), other.to()));
        });
    }

    Leave save(Entry entry, Kind kind, Status status, String exemption, boolean noticeGiven, LocalDate today) {
        var leave = new Leave(0, kind, entry.post().id(), entry.holder(), entry.from(), entry.to(), entry.reason(),
                exemption, noticeGiven, status, today, actor.get().username(), null, null, null);
        var id = leaves.insert(leave, clock.instant());
        return leaves.find(id).orElseThrow();
    }

    Optional<Acting> approverOf(Leave leave, LocalDate today) {
        return posts.find(leave.post()).flatMap(leadership::approverPostFor).map(p -> acting.resolve(p, today));
    }

    Leave decide(long id, Status status, String note, LocalDate today) {
        var leave = pending(id);
        if (status == Status.REJECTED && (note == null || note.isBlank())) {
            throw new UserError("directory.text.required", "reason");
        }
        var me = actor.get();
        var approver = approverOf(leave, today).filter(a -> a.person() != null && a.person().equals(me.person()))
                .filter(a -> !leave.person().equals(me.person()))
                .orElseThrow(() -> new AccessDeniedException("not the one who decides leave " + id));
        if (!leaves.decide(id, status, me.username(), me.person(), clock.instant(), note == null ? null : note.strip())) {
            throw new UserError("directory.leave.decided", "id", Long.toString(id));
        }
        events.publishEvent(decided(leave, status, approver, note));
        return leaves.find(id).orElseThrow();
    }

    private Leave pending(long id) {
        var leave = leaves.find(id).orElseThrow(() -> new UserError("directory.leave.unknown", "id", Long.toString(id)));
        if (!leave.isPending()) {
            throw new UserError("directory.leave.decided", "id", Long.toString(id));
        }
        return leave;
    }

    // WR-76 the decision; WR-6 as well when the one presiding for the mayor decides
    private Object decided(Leave leave, Status status, Acting approver, String note) {
        var rules = new ArrayList<RuleId>();
        rules.add(packs.active().leave().rule());
        Optional.ofNullable(approver.rule()).filter(r -> !rules.contains(r)).ifPresent(rules::add);
        if (status == Status.APPROVED) {
            return new LeaveApproved(leave.id(), leave.post(), leave.person(), leave.from(), leave.to(),
                    approver.person(), approver.actingAsPost(), rules);
        }
        return new LeaveRejected(leave.id(), leave.post(), leave.person(), approver.person(),
                approver.actingAsPost(), note.strip(), rules);
    }
}

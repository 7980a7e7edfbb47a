package org.zhengwu.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.calendar.DayCount;
import org.zhengwu.calendar.WorkingDayClock;
import org.zhengwu.directory.Leave.Kind;
import org.zhengwu.directory.Leave.Status;
import org.zhengwu.directory.persistence.LeaveStore;
import org.zhengwu.directory.persistence.PostStore;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.UserError;
import org.zhengwu.rulepack.RulePacks;

/**
 * Leave (WR-76): asked of the mayor at least the rule pack's notice before leaving, unless an
 * important meeting excuses it (the exemption is then recorded, never silently allowed);
 * approved or rejected by the mayor or whoever presides for the mayor; and the mayor's own
 * absence, recorded by the General Office. Approved leave and recorded absence drive
 * {@link Directory#whoActsFor}.
 */
@Service
public class LeaveBook {

    private final LeaveStore leaves;
    private final PostStore posts;
    private final LeaveDesk desk;
    private final WorkingDayClock workingDays;
    private final RulePacks packs;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LeaveBook(LeaveStore leaves, PostStore posts, LeaveDesk desk, WorkingDayClock workingDays, RulePacks packs,
            Clock clock, ApplicationEventPublisher events) {
        this.leaves = leaves;
        this.posts = posts;
        this.desk = desk;
        this.workingDays = workingDays;
        this.packs = packs;
        this.clock = clock;
        this.events = events;
    }

    public Optional<Leave> leave(long id) {
        return leaves.find(id);
    }

    /** The most recent leaves and absences, newest first. */
    public List<Leave> recent(int limit) {
        return leaves.recent(limit);
    }

    /** The leaves waiting for a decision, the earliest start first. */
    public List<Leave> pending() {
        return leaves.pending();
    }

    /** Who decides the leave today: whoever acts for the approver post (the mayor, or who presides). */
    public Optional<Acting> approverOf(Leave leave) {
        return desk.approverOf(leave, today());
    }

    /**
     * WR-76 for a leave as entered so far, recording nothing: what the form shows beside the date.
     * {@code exemption} is an id of the rule pack's exemptions, or {@code null}.
     */
    public LeaveCheck check(PostId post, LocalDate from, String exemption) {
        var pack = packs.active();
        var found = posts.find(post).orElseThrow(() -> new UserError("directory.post.unknown", "post", post.value()));
        var findings = new ArrayList<LeaveFinding>();
        LeaveRules.postCovered(found, pack).ifPresent(findings::add);
        LeaveRules.knownExemption(exemption, pack.leave()).ifPresent(findings::add);
        if (from == null) {
            return new LeaveCheck(null, false, exemption, findings);
        }
        var latest = latestRequestDay(from);
        var today = today();
        LeaveRules.noticeGiven(today, from, latest, exemption, pack.leave()).ifPresent(findings::add);
        return new LeaveCheck(latest, !today.isAfter(latest), exemption, findings);
    }

    /**
     * Asks the mayor for leave from a post, by its holder or the General Office (OFFICE_STAFF).
     *
     * @param exemption an id of the rule pack's exemptions (an important meeting), or {@code null}
     * @throws UserError with rule WR-76 and field {@code from} when asked too late without an exemption;
     *                   field {@code post} when the rule does not cover the post
     * @throws org.springframework.security.access.AccessDeniedException when neither the holder nor the office asks
     */
    @Transactional
    public Leave requestLeave(PostId post, LocalDate from, LocalDate to, String reason, String exemption) {
        var entry = desk.entry(post, from, to, reason);
        desk.mayAsk(entry.holder());
        LeaveRules.periodInOrder(from, to).ifPresent(f -> { throw f.toError(); });
        var check = check(post, from, blankToNull(exemption));
        check.findings().stream().findFirst().ifPresent(f -> { throw f.toError(); });
        desk.noOverlap(entry.holder(), from, to);
        var leave = desk.save(entry, Kind.LEAVE, Status.REQUESTED, check.exemption(), check.noticeGiven(), today());
        events.publishEvent(new LeaveRequested(leave.id(), post, leave.person(), from, to, leave.exemption(),
                leave.noticeGiven(), packs.active().leave().rule()));
        return leave;
    }

    /** Approves a pending leave, as the mayor or whoever presides for the mayor today. */
    @Transactional
    public Leave approveLeave(long id) {
        return desk.decide(id, Status.APPROVED, null, today());
    }

    /** Rejects a pending leave, as the mayor or whoever presides for the mayor today; the reason is required. */
    @Transactional
    public Leave rejectLeave(long id, String reason) {
        return desk.decide(id, Status.REJECTED, reason, today());
    }

    /**
     * Records the mayor's absence from the city (离聊), by the General Office (OFFICE_STAFF); it
     * needs no approval. WR-6: meanwhile the executive vice-mayor presides.
     */
    @Transactional
    public Leave recordMayorAbsence(PostId mayorPost, LocalDate from, LocalDate to, String reason) {
        desk.mayRecordAbsence();
        var entry = desk.entry(mayorPost, from, to, reason);
        desk.isMayor(entry.post());
        LeaveRules.periodInOrder(from, to).ifPresent(f -> { throw f.toError(); });
        desk.noOverlap(entry.holder(), from, to);
        var leave = desk.save(entry, Kind.MAYOR_ABSENCE, Status.RECORDED, null, true, today());
        events.publishEvent(new MayorAbsenceRecorded(leave.id(), mayorPost, leave.person(), from, to,
                packs.active().delegation().mayorAbsentRule()));
        return leave;
    }

    // WR-76 the last day to ask: noticeDays before leaving, counted by the pack's unit on the official calendar
    private LocalDate latestRequestDay(LocalDate from) {
        var policy = packs.active().leave();
        return workingDays.shift(from, -policy.noticeDays(), DayCount.valueOf(policy.noticeUnit()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

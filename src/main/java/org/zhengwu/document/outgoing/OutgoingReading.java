package org.zhengwu.document.outgoing;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.Actor;

/**
 * Who reads which outgoing document. A department reads the drafts it leads or co-signs (the
 * justice bureau also those awaiting its legality review); the General Office and the leaders read
 * those in the government's name; a classified document only those who take part in it, and every
 * read of it is audited. Nothing here is public.
 */
@Service
@Transactional
public class OutgoingReading {

    private final OutgoingDesk desk;
    private final OutgoingSignOff signOff;
    private final DraftStore drafts;
    private final TimelineStore cosigns;
    private final Timeline timeline;
    private final GovernmentPosts posts;
    private final ApplicationEventPublisher events;

    OutgoingReading(OutgoingDesk desk, OutgoingSignOff signOff, DraftStore drafts, TimelineStore cosigns,
            Timeline timeline, GovernmentPosts posts, ApplicationEventPublisher events) {
        this.desk = desk;
        this.signOff = signOff;
        this.drafts = drafts;
        this.cosigns = cosigns;
        this.timeline = timeline;
        this.posts = posts;
        this.events = events;
    }

    /** The draft as the actor may see it; refused (403) otherwise; a classified read is audited. */
    public DraftView view(long id) {
        var view = build(desk.find(id));
        if (!mayRead(timeline.actor(), view)) {
            throw new AccessDeniedException("may not read outgoing document " + id);
        }
        if (view.draft().classification().isClassified()) {
            events.publishEvent(new OutgoingClassifiedRead(id, view.draft().classification().name()));
        }
        return view;
    }

    /** The latest drafts the actor may read (classified ones listed without being opened). */
    @Transactional(readOnly = true)
    public List<DraftView> list(int limit) {
        var me = timeline.actor();
        return drafts.recent(limit).stream().map(this::build).filter(v -> mayRead(me, v)).toList();
    }

    /** The drafts waiting for the actor: to review, co-sign, sign off, release, or as a department. */
    @Transactional(readOnly = true)
    public List<DraftView> waitingFor(Actor me) {
        return drafts.withStatus(Status.DRAFT, Status.RETURNED, Status.IN_REVIEW, Status.AWAITING_SIGN_OFF, Status.SIGNED)
                .stream().map(this::build).filter(v -> isDueFrom(me, v)).toList();
    }

    DraftView build(Draft draft) {
        var units = cosigns.cosigns(draft.id());
        var rules = desk.rules();
        var withUnits = new Draft(draft.id(), draft.version(), draft.status(), draft.issuer(), draft.category(),
                draft.title(), draft.body(), draft.addressees(), draft.copyTo(), draft.leadUnit(), draft.draftedBy(),
                draft.disclosure(), draft.disclosureReason(), draft.classification(), draft.secrecyPeriod(), draft.urgency(),
                units.stream().map(Cosign::unit).toList(), draft.disputedOrBroad(), draft.authorisedPost(),
                draft.escalated(), draft.policy(), draft.interpretation(), draft.interpretationApproved(),
                draft.approvalReference(), draft.numberPrefix(), draft.reviewStep(), draft.signOff(),
                draft.legalityReview(), draft.docNumber(), draft.signedOn(), draft.releasedOn());
        return new DraftView(withUnits, units, timeline.of(draft.id()), next(withUnits),
                DraftChecks.isPolicy(rules, draft), rules.legalityReview().appliesTo(draft.category()));
    }

    private List<PostId> next(Draft draft) {
        if (draft.status() == Status.IN_REVIEW) {
            return signOff.reviewerPost(draft).map(List::of).orElse(List.of());
        }
        if (draft.status() != Status.AWAITING_SIGN_OFF) {
            return List.of();
        }
        var done = timeline.of(draft.id()).stream().filter(s -> s.kind() == StepKind.LEADER_CO_SIGNED).map(Step::post).toList();
        var pending = draft.signOff().coSigners().stream().filter(p -> !done.contains(p)).toList();
        return pending.isEmpty() ? draft.signOff().signers() : pending;
    }

    private boolean mayRead(Actor me, DraftView v) {
        var d = v.draft();
        var department = me.orgUnit() != null && (d.leadUnit().equals(me.orgUnit()) || d.concernedUnits().contains(me.orgUnit())
                || isJustice(me, v));
        if (d.classification().isClassified()) {
            return department || tookPart(me, v);
        }
        var office = me.hasAny(Role.OFFICE_STAFF, Role.DEPUTY_SECRETARY_GENERAL, Role.SECRETARY_GENERAL, Role.VICE_MAYOR,
                Role.MAYOR);
        return department || (office && d.issuer().inGovernmentName()) || tookPart(me, v);
    }

    private boolean isJustice(Actor me, DraftView v) {
        return v.needsLegalityReview() && posts.unitNamed(v.draft().leadUnit(), desk.rules().legalityReviewerSuffix())
                .map(u -> u.id().equals(me.orgUnit())).orElse(false);
    }

    private boolean tookPart(Actor me, DraftView v) {
        return v.steps().stream().anyMatch(s -> s.actor().equals(me.username())) || actsForAny(me, v.nextPosts());
    }

    private boolean actsForAny(Actor me, List<PostId> posts) {
        var today = timeline.today();
        return me.person() != null && posts.stream()
                .anyMatch(p -> me.person().equals(this.posts.directory().whoActsFor(p, today).person()));
    }

    private boolean isDueFrom(Actor me, DraftView v) {
        var d = v.draft();
        var out = new ArrayList<Boolean>();
        out.add(actsForAny(me, v.nextPosts()));
        out.add(d.status().editable() && d.leadUnit().equals(me.orgUnit()));
        out.add(d.status().editable() && v.cosigns().stream()
                .anyMatch(c -> c.unit().equals(me.orgUnit()) && c.decision() == Cosign.Decision.PENDING));
        out.add(d.status() == Status.SIGNED && (d.issuer().inGovernmentName() ? me.has(Role.OFFICE_STAFF)
                : d.leadUnit().equals(me.orgUnit())));
        out.add(isJustice(me, v) && d.legalityReview() == null && d.status() != Status.SIGNED && d.status() != Status.RELEASED);
        return out.contains(true);
    }
}

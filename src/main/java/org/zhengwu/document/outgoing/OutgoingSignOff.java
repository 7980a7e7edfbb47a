package org.zhengwu.document.outgoing;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.UserError;

/**
 * 发文, the General Office's side: the WR-58 review chain, the justice bureau's legality review
 * (WR-22), the leaders' co-signatures and the sign-off WR-59 requires, with the number given on
 * sign-off (gap-free per prefix and year).
 */
@Service
@Transactional
public class OutgoingSignOff {

    private final OutgoingDesk desk;
    private final DraftStore drafts;
    private final TimelineStore cosigns;
    private final Timeline timeline;
    private final GovernmentPosts posts;
    private final SignOffResolver resolver;
    private final NumberCounter numbers;

    OutgoingSignOff(OutgoingDesk desk, DraftStore drafts, TimelineStore cosigns, Timeline timeline,
            GovernmentPosts posts, SignOffResolver resolver, NumberCounter numbers) {
        this.desk = desk;
        this.drafts = drafts;
        this.cosigns = cosigns;
        this.timeline = timeline;
        this.posts = posts;
        this.resolver = resolver;
        this.numbers = numbers;
    }

    /** The post that takes the draft's current WR-58 step: the first of the step's reviewers that resolves. */
    public java.util.Optional<org.zhengwu.kernel.PostId> reviewerPost(Draft draft) {
        var chain = desk.rules().chain();
        if (draft.status() != Status.IN_REVIEW || draft.reviewStep() >= chain.size()) {
            return java.util.Optional.empty();
        }
        return chain.get(draft.reviewStep()).reviewers().stream()
                .map(r -> posts.reviewer(r, draft.leadUnit()).filter(this::held))
                .flatMap(java.util.Optional::stream).findFirst();
    }

    private boolean held(org.zhengwu.kernel.PostId post) {
        return posts.directory().whoActsFor(post, timeline.today()).person() != null;
    }

    /**
     * WR-58: the reviewer of the current step passes the draft on or returns it. At the last step
     * the secretary-general's approval decides the signers by the WR-59 table; {@code escalate}
     * refers a General Office document up (WR-59.7). {@code expectedStep} is the step the reviewer
     * saw (null: the current one); when the draft has moved on, the review is refused as a conflict.
     */
    public void review(long id, String expectedStep, boolean approve, String note, boolean escalate) {
        var draft = desk.find(id);
        var post = reviewerPost(draft).orElseThrow(() -> new OutgoingConflict(id));
        var rules = desk.rules();
        var step = rules.chain().get(draft.reviewStep());
        if (expectedStep != null && !expectedStep.equals(step.id())) {
            throw new OutgoingConflict(id);
        }
        var acting = timeline.actingFor(post);
        if (!approve) {
            returnDraft(draft, note, post, acting, rules.chainRule(), step.name());
            return;
        }
        if (draft.reviewStep() + 1 < rules.chain().size()) {
            advance(draft, Status.IN_REVIEW, draft.reviewStep() + 1);
            timeline.inPost(id, StepKind.REVIEWED, rules.chainRule(), post, acting, note, step.name());
            return;
        }
        var table = new SignOffTable(rules.signOff());
        var decision = resolver.resolve(draft, cosigns.cosigns(id), escalate && draft.issuer() == Issuer.GENERAL_OFFICE, table);
        if (!drafts.decideSignOff(id, draft.version(), decision, escalate)) {
            throw new OutgoingConflict(id);
        }
        timeline.inPost(id, StepKind.APPROVED, RuleId.of(decision.rule()), post, acting, note,
                step.name() + "; WR-59 row " + decision.row() + " signers " + decision.signers()
                        + (decision.coSigners().isEmpty() ? "" : " co-signers " + decision.coSigners()));
    }

    /** WR-22: the justice bureau of the lead's government records its written legality review. */
    public void recordLegalityReview(long id, String review) {
        var draft = desk.find(id);
        var rules = desk.rules();
        var justice = posts.unitNamed(draft.leadUnit(), rules.legalityReviewerSuffix());
        if (justice.isEmpty() || !justice.get().id().equals(timeline.actor().orgUnit())) {
            throw new AccessDeniedException("not the justice bureau");
        }
        if (!rules.legalityReview().appliesTo(draft.category())) {
            throw new UserError("outgoing.legality.not-needed", "category", rules.legalityReview().rule());
        }
        if (DraftChecks.blank(review)) {
            throw new UserError("outgoing.field.required", "review");
        }
        if (draft.status() == Status.SIGNED || draft.status() == Status.RELEASED
                || !drafts.recordLegalityReview(id, draft.version(), review.strip())) {
            throw new OutgoingConflict(id);
        }
        timeline.department(id, StepKind.LEGALITY_REVIEWED, rules.legalityReview().rule(), review.strip(),
                "legality review recorded");
    }

    /** WR-59.5: a vice-mayor whose portfolio the document touches co-signs (会签) before the sign-off. */
    public void coSign(long id, String note) {
        var draft = awaiting(id);
        var done = doneCoSigners(id);
        var pending = draft.signOff().coSigners().stream().filter(p -> !done.contains(p)).toList();
        var acting = timeline.actingForAnyOf(pending);
        if (!drafts.touch(id, draft.version())) {
            throw new OutgoingConflict(id);
        }
        timeline.inPost(id, StepKind.LEADER_CO_SIGNED, RuleId.of("WR-59.5"), acting.post(), acting.acting(), note,
                "co-signed in " + acting.post());
    }

    /**
     * 签发 by whoever WR-59 requires (or acts for them, WR-6/8), once the co-signers have signed,
     * a normative document has its legality review (WR-22) and a policy document its interpretation
     * (WR-36, approved with it). The number is given in the same transaction.
     */
    public String signOff(long id, String note) {
        var draft = awaiting(id);
        var rules = desk.rules();
        var acting = timeline.actingForAnyOf(draft.signOff().signers());
        var done = doneCoSigners(id);
        var missing = draft.signOff().coSigners().stream().filter(p -> !done.contains(p)).map(p -> p.value()).toList();
        if (!missing.isEmpty()) {
            throw new UserError("outgoing.signoff.cosign-pending", "coSigners", RuleId.of("WR-59.5"), String.join("、", missing));
        }
        DraftChecks.legalityReviewed(rules, draft);
        DraftChecks.interpretationAttached(rules, draft);
        var number = number(draft, rules);
        if (!drafts.sign(id, draft.version(), number, timeline.today(), DraftChecks.isPolicy(rules, draft))) {
            throw new OutgoingConflict(id);
        }
        var rule = draft.signOff().rule() == null ? null : RuleId.of(draft.signOff().rule());
        timeline.inPost(id, StepKind.SIGNED_OFF, rule, acting.post(), acting.acting(), note, "signed off as " + number);
        return number;
    }

    /** A signer or co-signer sends the document back to the lead department, with reasons (WR-59). */
    public void returnToDrafter(long id, String note) {
        var draft = awaiting(id);
        var posts = new java.util.ArrayList<>(draft.signOff().signers());
        posts.addAll(draft.signOff().coSigners());
        var acting = timeline.actingForAnyOf(posts);
        var rule = draft.signOff().rule() == null ? RuleId.of("WR-59") : RuleId.of(draft.signOff().rule());
        returnDraft(draft, note, acting.post(), acting.acting(), rule, "sign-off");
    }

    private String number(Draft draft, OutgoingRules rules) {
        var prefix = draft.issuer() == Issuer.DEPARTMENT ? draft.numberPrefix()
                : rules.prefixFor(draft.issuer(), draft.category())
                        .orElseThrow(() -> new UserError("outgoing.prefix.none", "category", draft.category()));
        var year = timeline.today().getYear();
        return prefix + "〔" + year + "〕" + numbers.next(prefix, year) + "号";
    }

    private java.util.Set<org.zhengwu.kernel.PostId> doneCoSigners(long id) {
        var done = new java.util.HashSet<org.zhengwu.kernel.PostId>();
        timeline.of(id).stream().filter(s -> s.kind() == StepKind.LEADER_CO_SIGNED).forEach(s -> done.add(s.post()));
        return done;
    }

    private Draft awaiting(long id) {
        var draft = desk.find(id);
        if (draft.status() != Status.AWAITING_SIGN_OFF) {
            throw new OutgoingConflict(id);
        }
        return draft;
    }

    private void returnDraft(Draft draft, String note, org.zhengwu.kernel.PostId post,
            org.zhengwu.directory.Acting acting, RuleId rule, String stepName) {
        if (DraftChecks.blank(note)) {
            throw new UserError("outgoing.return.reason-missing", "note", rule);
        }
        advance(draft, Status.RETURNED, 0);
        timeline.inPost(draft.id(), StepKind.RETURNED, rule, post, acting, note, "returned at " + stepName);
    }

    private void advance(Draft draft, Status status, int step) {
        if (!drafts.advance(draft.id(), draft.version(), status, step)) {
            throw new OutgoingConflict(draft.id());
        }
    }
}

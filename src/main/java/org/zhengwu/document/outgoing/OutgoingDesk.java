package org.zhengwu.document.outgoing;

import java.util.HashSet;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.document.DocumentNotFound;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.Actor;
import org.zhengwu.rulepack.RulePacks;

/**
 * 发文, the drafting side: the lead department drafts (代拟稿) with the disclosure attribute set
 * (WR-33), the concerned departments co-sign (会签), the lead department submits to the WR-58 chain
 * (a department's own document goes to its head, WR-60 checked).
 */
@Service
@Transactional
public class OutgoingDesk {

    private final DraftStore drafts;
    private final TimelineStore cosigns;
    private final Timeline timeline;
    private final GovernmentPosts posts;
    private final SignOffResolver signOff;
    private final RulePacks packs;

    OutgoingDesk(DraftStore drafts, TimelineStore cosigns, Timeline timeline, GovernmentPosts posts,
            SignOffResolver signOff, RulePacks packs) {
        this.drafts = drafts;
        this.cosigns = cosigns;
        this.timeline = timeline;
        this.posts = posts;
        this.signOff = signOff;
        this.packs = packs;
    }

    /** The pack's outgoing section in force. */
    public OutgoingRules rules() {
        return packs.active().section(OutgoingSection.class);
    }

    /** A new draft by the actor's department, which leads it. */
    public long draft(DraftInput in) {
        validate(in, timeline.actor().orgUnit());
        var me = drafter();
        var id = drafts.insert(in, me.orgUnit(), me.username(), timeline.now());
        cosigns.replaceCosigns(id, in.concernedUnits());
        timeline.department(id, StepKind.DRAFTED, rules().disclosureRule(), in.disclosure().name(),
                "drafted by " + me.orgUnit() + ": " + in.title().strip() + " (" + in.disclosure() + "; " + in.marks()
                        + ")");
        return id;
    }

    /** The lead department's correction of a draft or a returned document; co-signatures start again. */
    public void correct(long id, DraftInput in) {
        var draft = leading(id);
        if (!draft.status().editable()) {
            throw new OutgoingConflict(id);
        }
        validate(in, draft.leadUnit());
        if (!drafts.update(id, draft.version(), in)) {
            throw new OutgoingConflict(id);
        }
        cosigns.replaceCosigns(id, in.concernedUnits());
        timeline.department(id, StepKind.CORRECTED, rules().disclosureRule(), null,
                "corrected: " + in.title().strip() + " (" + in.marks() + ")");
    }

    /** A concerned department co-signs (会签), or disagrees with its reasons (then it is disputed, WR-59.5). */
    public void cosign(long id, boolean agree, String note) {
        var draft = find(id);
        var unit = timeline.actor().orgUnit();
        var mine = cosigns.cosigns(id).stream().filter(c -> c.unit().equals(unit)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not a concerned department"));
        if (!draft.status().editable() || mine.decision() != Cosign.Decision.PENDING) {
            throw new OutgoingConflict(id);
        }
        if (!agree && DraftChecks.blank(note)) {
            throw new UserError("outgoing.cosign.reason-missing", "note", rules().chainRule());
        }
        if (!drafts.touch(id, draft.version())) {
            throw new OutgoingConflict(id);
        }
        cosigns.cosign(id, unit, agree ? Cosign.Decision.AGREED : Cosign.Decision.DISAGREED, note);
        timeline.department(id, agree ? StepKind.CO_SIGNED : StepKind.CO_SIGN_DISAGREED, rules().chainRule(), note,
                unit + (agree ? " co-signed" : " disagreed"));
    }

    /** The lead department sends the draft on: the WR-58 chain, or its own head for a department's document. */
    public void submit(long id) {
        var draft = leading(id);
        if (!draft.status().editable()) {
            throw new OutgoingConflict(id);
        }
        var rules = rules();
        DraftChecks.disclosureSet(rules, draft.disclosure(), draft.disclosureReason());
        DraftChecks.cosignsDecided(rules, cosigns.cosigns(id));
        if (draft.issuer().inGovernmentName()) {
            move(draft, Status.IN_REVIEW, 0);
            timeline.department(id, StepKind.SUBMITTED, rules.chainRule(), null, "submitted to the WR-58 chain");
            return;
        }
        DraftChecks.approvalReferenced(rules, draft, posts::isLowerGovernment, this::isGovernmentApproval);
        if (!drafts.decideSignOff(id, draft.version(), signOff.departmentHead(draft), false)) {
            throw new OutgoingConflict(id);
        }
        var rule = DraftChecks.needsApproval(rules, draft, posts::isLowerGovernment) ? rules.approvalRule() : null;
        timeline.department(id, StepKind.SUBMITTED, rule, draft.approvalReference(), "submitted to the department head");
    }

    /** WR-60: the approval is a document signed off in the government's or the General Office's name. */
    boolean isGovernmentApproval(String docNumber) {
        return drafts.findByNumber(docNumber.strip())
                .filter(d -> d.issuer().inGovernmentName() && (d.status() == Status.SIGNED || d.status() == Status.RELEASED))
                .isPresent();
    }

    private void move(Draft draft, Status status, int step) {
        if (!drafts.advance(draft.id(), draft.version(), status, step)) {
            throw new OutgoingConflict(draft.id());
        }
    }

    Draft find(long id) {
        return drafts.find(id).orElseThrow(() -> new DocumentNotFound("outgoing.not-found", Long.toString(id)));
    }

    private Draft leading(long id) {
        var draft = find(id);
        if (!draft.leadUnit().equals(timeline.actor().orgUnit())) {
            throw new AccessDeniedException("not the lead department");
        }
        return draft;
    }

    private Actor drafter() {
        var me = timeline.actor();
        if (!me.hasAny(Role.CLERK, Role.OFFICE_STAFF) || me.orgUnit() == null) {
            throw new AccessDeniedException("drafts come from a department");
        }
        return me;
    }

    private void validate(DraftInput in, OrgUnitId lead) {
        required(in.issuer(), "issuer");
        required(in.category(), "category");
        requiredText(in.title(), "title");
        requiredText(in.body(), "body");
        if (in.addressees().isEmpty()) {
            throw new UserError("outgoing.field.required", "addressees");
        }
        DraftChecks.disclosureSet(rules(), in.disclosure(), in.disclosureReason());
        DraftChecks.secrecyPeriodFits(in.classification(), in.secrecyPeriod());
        concernedUnits(in.concernedUnits(), lead);
        authorised(in);
        if (in.issuer() == Issuer.DEPARTMENT && (DraftChecks.blank(in.numberPrefix())
                || !in.numberPrefix().strip().matches("\\p{IsHan}{1,16}"))) {
            throw new UserError("outgoing.prefix.invalid", "numberPrefix");
        }
    }

    private void concernedUnits(List<OrgUnitId> units, OrgUnitId lead) {
        var seen = new HashSet<OrgUnitId>();
        for (var unit : units) {
            if (unit.equals(lead) || !seen.add(unit) || posts.directory().unit(unit).isEmpty()) {
                throw new UserError("outgoing.concerned.invalid", "concernedUnits", unit.value());
            }
        }
    }

    // WR-59.6: only a post the pack lists as one the mayor may authorise
    private void authorised(DraftInput in) {
        if (in.authorisedPost() == null) {
            return;
        }
        var kind = posts.directory().post(in.authorisedPost()).map(p -> p.kind()).orElse("");
        if (!rules().authorisablePostKinds().contains(kind)) {
            throw new UserError("outgoing.authorised.invalid", "authorisedPost", RuleId.of("WR-59.6"),
                    in.authorisedPost().value());
        }
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw new UserError("outgoing.field.required", field);
        }
    }

    private static void requiredText(String value, String field) {
        if (DraftChecks.blank(value)) {
            throw new UserError("outgoing.field.required", field);
        }
    }
}

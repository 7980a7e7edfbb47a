package org.zhengwu.document.outgoing;

import java.util.List;
import java.util.function.Predicate;
import org.zhengwu.gazette.Disclosure;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.UserError;

/** The rules an outgoing draft must meet, each a small function naming its rule. */
final class DraftChecks {

    private DraftChecks() {
    }

    // WR-33 公开属性源头认定: set before circulation; ON_REQUEST and WITHHELD state a reason
    static void disclosureSet(OutgoingRules rules, Disclosure disclosure, String reason) {
        if (disclosure == null) {
            throw new UserError("outgoing.disclosure.missing", "disclosure", rules.disclosureRule());
        }
        if (disclosure.needsReason() && blank(reason)) {
            throw new UserError("outgoing.disclosure.reason-missing", "disclosureReason", rules.disclosureRule(),
                    disclosure.name());
        }
    }

    // WR-58 (第六十一条 协商会签): every concerned department has co-signed or stated its disagreement
    static void cosignsDecided(OutgoingRules rules, List<Cosign> cosigns) {
        var pending = cosigns.stream().filter(c -> c.decision() == Cosign.Decision.PENDING).map(c -> c.unit().value())
                .toList();
        if (!pending.isEmpty()) {
            throw new UserError("outgoing.cosign.pending", "concernedUnits", rules.chainRule(), String.join("、", pending));
        }
    }

    // WR-22, WR-47d: a normative document carries the justice bureau's legality review before sign-off
    static void legalityReviewed(OutgoingRules rules, Draft draft) {
        if (rules.legalityReview().appliesTo(draft.category()) && blank(draft.legalityReview())) {
            throw new UserError("outgoing.legality.missing", "legalityReview", rules.legalityReview().rule());
        }
    }

    static boolean isPolicy(OutgoingRules rules, Draft draft) {
        return draft.policy() || rules.interpretation().appliesTo(draft.category());
    }

    // WR-36 同步审签: a policy document is signed off with its interpretation material
    static void interpretationAttached(OutgoingRules rules, Draft draft) {
        if (isPolicy(rules, draft) && !draft.hasInterpretation()) {
            throw new UserError("outgoing.interpretation.missing", "interpretation", rules.interpretation().rule());
        }
    }

    // WR-36 同步发布: a policy document is released only with its interpretation approved with it
    static void interpretationApproved(OutgoingRules rules, Draft draft) {
        if (isPolicy(rules, draft) && !draft.interpretationApproved()) {
            throw new UserError("outgoing.interpretation.not-approved", "interpretation", rules.interpretation().rule());
        }
    }

    /** Whether a department's document addresses a lower government and says 经市政府同意 (WR-60). */
    static boolean needsApproval(OutgoingRules rules, Draft draft, Predicate<String> lowerGovernment) {
        var toLower = draft.addressees().stream().anyMatch(a -> lowerGovernment.test(a)
                || rules.lowerGovernmentWords().stream().anyMatch(a::contains));
        return draft.issuer() == Issuer.DEPARTMENT && toLower && draft.body().contains(rules.approvalPhrase());
    }

    // WR-60 经市政府同意: the approval record is referenced and exists
    static void approvalReferenced(OutgoingRules rules, Draft draft, Predicate<String> lowerGovernment,
            Predicate<String> approvalExists) {
        if (!needsApproval(rules, draft, lowerGovernment)) {
            return;
        }
        if (blank(draft.approvalReference())) {
            throw new UserError("outgoing.approval.missing", "approvalReference", rules.approvalRule(),
                    rules.approvalPhrase());
        }
        if (!approvalExists.test(draft.approvalReference())) {
            throw new UserError("outgoing.approval.unknown", "approvalReference", rules.approvalRule(),
                    draft.approvalReference());
        }
    }

    /**
     * 保密期限: only on a classified document, in whole years, within the longest the 保守国家秘密法
     * allows its level (秘密 10, 机密 20, 绝密 30 years); none stated prints the level alone.
     */
    static void secrecyPeriodFits(Classification classification, Integer years) {
        if (years == null) {
            return;
        }
        if (!classification.isClassified()) {
            throw new UserError("outgoing.secrecy-period.unclassified", "secrecyPeriod");
        }
        if (years < 1 || years > classification.longestPeriodYears()) {
            throw new UserError("outgoing.secrecy-period.too-long", "secrecyPeriod", years,
                    classification.longestPeriodYears());
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static RuleId rule(String id) {
        return RuleId.of(id);
    }
}

package org.zhengwu.document.domain;

import java.util.Optional;

/**
 * WR-56.5 first clauses and WR-33: what needs a person's judgement is raised for the General
 * Office to confirm, never decided silently.
 */
final class JudgementChecks {

    private JudgementChecks() {
    }

    // WR-56.5 conflict with law or policy: phrases of the pack raise it for review
    static Optional<Finding> possibleConflictWithPolicy(Submission s, IntakeRules r, IntakeFacts f) {
        var text = Texts.folded(s.allText());
        return r.policyConflictPhrases().stream().filter(p -> text.contains(Texts.folded(p))).findFirst()
                .map(p -> Finding.review("WR-56.5", "body", "document.finding.policy-conflict", p));
    }

    // WR-56.5 skipping a level without urgency: a sender the directory does not place under the government
    static Optional<Finding> skippedLevel(Submission s, IntakeRules r, IntakeFacts f) {
        if (s.leadUnit() == null || f.leadUnitKnown() || s.markedUrgent() || !f.supervisorNames().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Finding.review("WR-56.5", "issuingUnits", "document.finding.skipped-level", s.leadUnit()));
    }

    // WR-33 the disclosure attribute; ON_REQUEST and WITHHELD need a reason
    static Optional<Finding> disclosureReason(Submission s, IntakeRules r, IntakeFacts f) {
        var disclosure = Texts.orEmpty(s.disclosure()).strip();
        boolean needsReason = "ON_REQUEST".equals(disclosure) || "WITHHELD".equals(disclosure);
        return needsReason && !Texts.present(s.disclosureReason())
                ? Optional.of(Finding.returned("WR-33", "disclosureReason", "document.finding.disclosure-reason",
                        disclosure))
                : Optional.empty();
    }
}

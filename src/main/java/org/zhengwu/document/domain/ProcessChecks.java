package org.zhengwu.document.domain;

import java.util.Optional;

/** WR-56.3: one main recipient, through the supervising department, major-decision documents. */
final class ProcessChecks {

    private ProcessChecks() {
    }

    // WR-56.3 exactly one main recipient
    static Optional<Finding> oneMainRecipient(Submission s, IntakeRules r, IntakeFacts f) {
        if (s.mainRecipients().isEmpty()) {
            return Optional.of(Finding.returned("WR-56.3", "mainRecipients", "document.finding.no-recipient"));
        }
        return s.mainRecipients().size() > 1
                ? Optional.of(Finding.returned("WR-56.3", "mainRecipients", "document.finding.several-recipients",
                        String.join("、", s.mainRecipients())))
                : Optional.empty();
    }

    // WR-56.3 second-level units and state enterprises submit through their supervising department
    static Optional<Finding> throughSupervisor(Submission s, IntakeRules r, IntakeFacts f) {
        if (f.supervisorNames().isEmpty()) {
            return Optional.empty();
        }
        var via = Texts.folded(s.via());
        return f.supervisorNames().stream().anyMatch(n -> !via.isEmpty() && Texts.folded(n).equals(via))
                ? Optional.empty()
                : Optional.of(Finding.returned("WR-56.3", "via", "document.finding.not-via-supervisor",
                        s.leadUnit(), f.supervisorNames().getFirst()));
    }

    // WR-56.3 funds, land, projects, planning: the major-decision procedure documents attached
    static Optional<Finding> majorDecisionDocuments(Submission s, IntakeRules r, IntakeFacts f) {
        var flagged = s.flags().stream().filter(r.majorDecisionFlags()::contains).toList();
        if (flagged.isEmpty() || s.attachments().stream().anyMatch(a -> a.kind() == r.majorDecisionAttachment())) {
            return Optional.empty();
        }
        return Optional.of(Finding.returned("WR-56.3", "attachments", "document.finding.no-major-decision-report",
                String.join(",", flagged)));
    }
}

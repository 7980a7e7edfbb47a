package org.zhengwu.document.domain;

import java.util.Optional;

/** WR-56.2: number, signer, joint senders, contact, submission window. */
final class FormatChecks {

    private FormatChecks() {
    }

    // WR-56.2 / WR-56.5 no document number → return
    static Optional<Finding> hasDocNumber(Submission s, IntakeRules r, IntakeFacts f) {
        return Texts.present(s.docNumber()) ? Optional.empty()
                : Optional.of(Finding.returned("WR-56.2", "docNumber", "document.finding.no-doc-number"));
    }

    // WR-56.2 / WR-56.5 no signer → return
    static Optional<Finding> hasSigner(Submission s, IntakeRules r, IntakeFacts f) {
        return Texts.present(s.signer()) ? Optional.empty()
                : Optional.of(Finding.returned("WR-56.2", "signer", "document.finding.no-signer"));
    }

    // WR-56.2 signed by the head or acting head (WR-6, WR-8); no head on record → review
    static Optional<Finding> signerIsHead(Submission s, IntakeRules r, IntakeFacts f) {
        return switch (f.signer()) {
            case NOT_HEAD -> Optional.of(Finding.returned("WR-56.2", "signer", "document.finding.signer-not-head",
                    s.signer(), s.leadUnit(), Texts.orEmpty(f.signerExpected())));
            case NO_HEAD_RECORDED -> Optional.of(Finding.review("WR-56.2", "signer",
                    "document.finding.signer-no-head", s.signer(), s.leadUnit()));
            case UNIT_UNKNOWN -> Optional.of(Finding.review("WR-56.2", "issuingUnits",
                    "document.finding.unit-unknown", s.leadUnit()));
            case HEAD, NOTHING_TO_COMPARE -> Optional.empty();
        };
    }

    // WR-56.2 a joint document lists every sender in its title
    static Optional<Finding> jointTitleNamesSenders(Submission s, IntakeRules r, IntakeFacts f) {
        if (s.issuingUnits().size() < 2) {
            return Optional.empty();
        }
        var title = Texts.folded(s.title());
        for (int i = 0; i < s.issuingUnits().size(); i++) {
            var names = i < f.senderNames().size() ? f.senderNames().get(i) : java.util.List.of(s.issuingUnits().get(i));
            if (names.stream().noneMatch(n -> title.contains(Texts.folded(n)))) {
                return Optional.of(Finding.returned("WR-56.2", "title", "document.finding.joint-title",
                        s.issuingUnits().get(i)));
            }
        }
        return Optional.empty();
    }

    // WR-56.2 contact name and phone in the note (附注)
    static Optional<Finding> hasContact(Submission s, IntakeRules r, IntakeFacts f) {
        if (!Texts.present(s.contactName())) {
            return Optional.of(Finding.returned("WR-56.2", "contactName", "document.finding.no-contact-name"));
        }
        return Texts.present(s.contactPhone()) ? Optional.empty()
                : Optional.of(Finding.returned("WR-56.2", "contactPhone", "document.finding.no-contact-phone"));
    }

    // WR-56.2 an issue date, and submitted within the pack's working days of it
    static Optional<Finding> submittedInTime(Submission s, IntakeRules r, IntakeFacts f) {
        if (s.issueDate() == null) {
            return Optional.of(Finding.returned("WR-56.2", "issueDate", "document.finding.no-issue-date"));
        }
        var days = f.workingDaysAfterIssue();
        return days != null && days > r.submissionWorkingDays()
                ? Optional.of(Finding.returned("WR-56.2", "submittedDate", "document.finding.late",
                        String.valueOf(days), String.valueOf(r.submissionWorkingDays())))
                : Optional.empty();
    }
}

package org.zhengwu.document.domain;

import java.util.Optional;

/** WR-56.4: one matter per request, co-signatures, a preferred option. */
final class ContentChecks {

    private ContentChecks() {
    }

    // WR-56.4 一文一事: one matter per request
    static Optional<Finding> oneMatterPerRequest(Submission s, IntakeRules r, IntakeFacts f) {
        if (!"REQUEST".equals(s.kind())) {
            return Optional.empty();
        }
        if (s.matters().isEmpty()) {
            return Optional.of(Finding.returned("WR-56.4", "matters", "document.finding.no-matter"));
        }
        return s.matters().size() > 1
                ? Optional.of(Finding.returned("WR-56.4", "matters", "document.finding.several-matters",
                        String.valueOf(s.matters().size())))
                : Optional.empty();
    }

    // WR-56.4 cross-department matters co-signed; in disagreement, each side's reasons and a preferred option
    static Optional<Finding> coSignedByConcernedUnits(Submission s, IntakeRules r, IntakeFacts f) {
        var missing = s.concernedUnits().stream().filter(u -> !s.coSignedBy().contains(u))
                .filter(u -> !s.issuingUnits().contains(u)).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        boolean disagreementSetOut = s.options().size() >= 2 && Texts.present(s.preferredOption());
        return disagreementSetOut ? Optional.empty()
                : Optional.of(Finding.returned("WR-56.4", "coSignedBy", "document.finding.not-co-signed",
                        String.join("、", missing)));
    }

    // WR-56.4 several options → a preferred one, among them
    static Optional<Finding> preferredOption(Submission s, IntakeRules r, IntakeFacts f) {
        if (s.options().size() < 2) {
            return Optional.empty();
        }
        if (!Texts.present(s.preferredOption())) {
            return Optional.of(Finding.returned("WR-56.4", "preferredOption", "document.finding.no-preferred-option",
                    String.valueOf(s.options().size())));
        }
        return s.options().contains(s.preferredOption().strip()) ? Optional.empty()
                : Optional.of(Finding.returned("WR-56.4", "preferredOption", "document.finding.preferred-not-an-option",
                        s.preferredOption().strip()));
    }
}

package org.zhengwu.document.domain;

import java.util.Optional;

/** WR-56.1 and WR-56.2: what kind of document may come in at all. */
final class KindChecks {

    private KindChecks() {
    }

    // WR-56.1 a report must not ask for approval
    static Optional<Finding> reportWithoutRequest(Submission s, IntakeRules r, IntakeFacts f) {
        if (!"REPORT".equals(s.kind())) {
            return Optional.empty();
        }
        var text = Texts.folded(s.allText());
        return r.requestPhrases().stream().filter(p -> text.contains(Texts.folded(p))).findFirst()
                .map(p -> Finding.returned("WR-56.1", "body", "document.finding.report-asks", p));
    }

    // WR-56.1 informal kinds (汇报, 说明) are not requests or reports
    static Optional<Finding> noInformalKind(Submission s, IntakeRules r, IntakeFacts f) {
        return r.informalKinds().contains(Texts.orEmpty(s.kind()).strip())
                ? Optional.of(Finding.returned("WR-56.1", "kind", "document.finding.informal-kind", s.kind().strip()))
                : Optional.empty();
    }

    // WR-56.2 informal forms (白头文件, 呈阅件, 便函) are rejected
    static Optional<Finding> noInformalForm(Submission s, IntakeRules r, IntakeFacts f) {
        return r.informalForms().contains(Texts.orEmpty(s.kind()).strip())
                ? Optional.of(Finding.returned("WR-56.2", "kind", "document.finding.informal-form", s.kind().strip()))
                : Optional.empty();
    }

    // WR-56.1 a kind the rules know: REQUEST or REPORT
    static Optional<Finding> requestOrReport(Submission s, IntakeRules r, IntakeFacts f) {
        var kind = Texts.orEmpty(s.kind()).strip();
        if ("REQUEST".equals(kind) || "REPORT".equals(kind) || r.informalKinds().contains(kind)
                || r.informalForms().contains(kind)) {
            return Optional.empty();
        }
        return Optional.of(Finding.returned("WR-56.1", "kind", "document.finding.unknown-kind", kind));
    }
}

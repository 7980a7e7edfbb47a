package org.zhengwu.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What the intake checks say about a submission: the outcome, every finding, and, when it would
 * be accepted, the WR-57 reply date counted from the day of submission with its explanation.
 */
public record IntakeReport(String outcome, List<FindingView> findings, LocalDate replyDue, String replyExplanation,
        boolean replyProvisional) {

    public IntakeReport {
        findings = List.copyOf(findings);
    }

    /** The findings about one field (the form shows them beside it). */
    public List<FindingView> about(String field) {
        return findings.stream().filter(f -> field.equals(f.field())).toList();
    }
}

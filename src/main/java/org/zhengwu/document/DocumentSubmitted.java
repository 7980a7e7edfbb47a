package org.zhengwu.document;

import java.util.List;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/**
 * A department submitted (or resubmitted) a request or report, and the intake checks decided:
 * accepted, returned (退文, WR-56.5) or held for the General Office's review.
 *
 * @param documentId the document
 * @param submission the submission's number (1 for the first, 2 after one return, …)
 * @param leadUnit   the lead issuing unit as written
 * @param outcome    ACCEPTED, RETURNED or REVIEW
 * @param rules      the rules of the findings, in order, without repeats
 */
public record DocumentSubmitted(String documentId, int submission, String leadUnit, String title, String outcome,
        List<RuleId> rules) implements Audited {

    public DocumentSubmitted {
        rules = List.copyOf(rules);
    }

    @Override
    public String action() {
        return "RETURNED".equals(outcome) ? "document.returned" : "document.submitted";
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("document", documentId);
    }

    @Override
    public String summary() {
        return "submission " + submission + " of " + leadUnit + ": " + outcome + (rules.isEmpty() ? "" : " " + rules);
    }
}

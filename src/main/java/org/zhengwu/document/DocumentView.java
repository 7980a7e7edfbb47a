package org.zhengwu.document;

import java.util.List;
import org.zhengwu.document.domain.Submission;
import org.zhengwu.document.persistence.AttachmentRecord;
import org.zhengwu.document.persistence.Incoming;
import org.zhengwu.document.persistence.InstructionRecord;
import org.zhengwu.document.persistence.StepRecord;

/**
 * A document as its page and the API show it: the record, every submission with its findings,
 * the full timeline, instructions and attachments.
 */
public record DocumentView(Incoming document, List<SubmissionView> submissions, List<StepRecord> timeline,
        List<InstructionRecord> instructions, List<AttachmentRecord> attachments, String leaderInCharge) {

    /** One submission: what was sent and what the checks said. */
    public record SubmissionView(int seq, Submission submission, String outcome, List<FindingView> findings,
            java.time.LocalDate submittedOn, String submittedBy) {
    }

    public SubmissionView latest() {
        return submissions.getLast();
    }

    /** The findings of the last return, for the 退文 notice; empty when it was never returned. */
    public java.util.Optional<SubmissionView> lastReturn() {
        return submissions.reversed().stream().filter(s -> "RETURNED".equals(s.outcome())).findFirst();
    }
}

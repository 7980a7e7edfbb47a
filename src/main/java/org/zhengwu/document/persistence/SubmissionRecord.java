package org.zhengwu.document.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** One submission of a document, kept as sent (JSON) with its outcome and findings (JSON). */
public record SubmissionRecord(String documentId, int seq, String payload, String outcome, String findings,
        String leadUnit, LocalDate submittedOn, String submittedBy, Instant submittedAt) {
}

package org.zhengwu.supervision;

import java.time.Instant;
import java.util.List;

/**
 * A unit's progress report on an item, or the lead unit's consolidated report (WR-71).
 *
 * @param period the reporting cycle it answers (2022-03, 2022-Q2), null for an item with a deadline
 */
public record Report(long id, String itemId, String orgUnit, boolean consolidated, String period, String text,
        int percent, Status status, String returnReason, String submittedBy, Instant submittedAt,
        List<Attachment> attachments) {

    public Report {
        attachments = List.copyOf(attachments);
    }

    public enum Status { SUBMITTED, RETURNED, ACCEPTED }

    /** Evidence attached to a report. */
    public record Attachment(long id, String filename, String contentType, long size) {
    }
}

package org.zhengwu.gazette;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A released document in the gazette's queue (待刊登, WR-62): waiting while {@code issueId} is
 * null, compiled into that issue afterwards.
 *
 * @param sourceId the documents desk's id of the outgoing document
 */
public record QueuedDocument(String sourceId, OutgoingDocumentQueuedForGazette.Origin origin, String docNumber,
        String title, String issuer, List<String> addressees, List<String> paragraphs, String interpretation,
        LocalDate signedOn, LocalDate releasedOn, Instant queuedAt, Long issueId) {

    public QueuedDocument {
        addressees = List.copyOf(addressees);
        paragraphs = List.copyOf(paragraphs);
    }

    public boolean isWaiting() {
        return issueId == null;
    }

    public boolean hasInterpretation() {
        return interpretation != null && !interpretation.isBlank();
    }
}

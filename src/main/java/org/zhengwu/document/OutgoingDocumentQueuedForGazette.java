package org.zhengwu.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A released document that is PROACTIVE and unclassified, offered for the next gazette issue
 * (WR-62, OG-4). WITHHELD, ON_REQUEST and classified documents are never announced with this
 * event. The gazette listens to it; the documents desk does not touch the gazette's store.
 *
 * @param paragraphs the body, one paragraph each, in order
 * @param interpretation the approved interpretation material (WR-36), null when none is needed
 */
public record OutgoingDocumentQueuedForGazette(String documentId, String docNumber, String title, String issuer,
        List<String> addressees, List<String> paragraphs, LocalDate signedOn, LocalDate releasedOn,
        String interpretation) {

    public OutgoingDocumentQueuedForGazette {
        addressees = List.copyOf(addressees);
        paragraphs = List.copyOf(paragraphs);
    }
}

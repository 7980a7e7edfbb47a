package org.zhengwu.gazette;

import java.time.LocalDate;
import java.util.List;

/**
 * A released outgoing document that is PROACTIVE and unclassified, offered for the next gazette
 * issue (WR-62, OG-4). The documents desk publishes it on release; WITHHELD, ON_REQUEST and
 * classified documents are never announced with it. The gazette keeps it in its queue (待刊登) until
 * the General Office compiles an issue ({@link GazetteQueue}).
 *
 * <p>The contract is the gazette's: the documents desk depends on the gazette (its parser and
 * renderer), so the event lives here, where both may use it without a cycle.
 *
 * @param documentId     the documents desk's id of the outgoing document; one queue entry per id
 * @param origin         in whose name it was issued, which decides its section of the catalogue
 * @param paragraphs     the body, one paragraph each, in order
 * @param interpretation the approved interpretation material (WR-36), null when none is needed;
 *                       it is printed in the same issue as the document
 */
public record OutgoingDocumentQueuedForGazette(String documentId, Origin origin, String docNumber, String title,
        String issuer, List<String> addressees, List<String> paragraphs, LocalDate signedOn, LocalDate releasedOn,
        String interpretation) {

    /** In whose name a document was issued: the catalogue's sections follow it. */
    public enum Origin {
        GOVERNMENT, GENERAL_OFFICE, DEPARTMENT
    }

    public OutgoingDocumentQueuedForGazette {
        addressees = List.copyOf(addressees);
        paragraphs = List.copyOf(paragraphs);
    }
}

package org.zhengwu.document;

import java.time.LocalDate;
import java.util.List;
import org.zhengwu.gazette.Disclosure;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/**
 * An outgoing document was released (印发): signed off, numbered and printed as a GB/T 9704 PDF.
 * Published for every release, whatever its disclosure; only {@link org.zhengwu.gazette.OutgoingDocumentQueuedForGazette}
 * offers a document to the gazette.
 *
 * @param documentId  the documents desk's id of the outgoing document
 * @param docNumber   its number, {@code 聊政发〔2022〕5号}
 * @param disclosure  its disclosure attribute (WR-33)
 * @param classified  whether it carries a classification (密级)
 */
public record OutgoingDocumentReleased(String documentId, String docNumber, String title, String issuer,
        LocalDate signedOn, LocalDate releasedOn, Disclosure disclosure, boolean classified) implements Audited {

    @Override
    public String action() {
        return "document.outgoing.released";
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("outgoing-document", documentId);
    }

    @Override
    public List<RuleId> rules() {
        return List.of(RuleId.of("WR-33"), RuleId.of("WR-62"));
    }

    @Override
    public String summary() {
        return "released " + docNumber + " (" + disclosure + (classified ? ", classified" : "") + ")";
    }
}

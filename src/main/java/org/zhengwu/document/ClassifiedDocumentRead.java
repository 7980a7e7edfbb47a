package org.zhengwu.document;

import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.SubjectRef;

/** A named reader opened a classified document: every such read is audited. */
public record ClassifiedDocumentRead(String documentId, String reader, String how) implements Audited {

    @Override
    public String action() {
        return "document.classified-read";
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("document", documentId);
    }

    @Override
    public String summary() {
        return reader + " read classified document " + documentId + " (" + how + ")";
    }
}

package org.zhengwu.document.outgoing;

import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.SubjectRef;

/** Someone read a classified outgoing document: every such read is audited. */
record OutgoingClassifiedRead(long draftId, String classification) implements Audited {

    @Override
    public String action() {
        return "document.outgoing.classified-read";
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("outgoing-document", draftId);
    }

    @Override
    public String summary() {
        return "read classified (" + classification + ") outgoing document " + draftId;
    }
}

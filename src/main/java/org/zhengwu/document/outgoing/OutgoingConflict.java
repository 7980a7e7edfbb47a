package org.zhengwu.document.outgoing;

/**
 * Someone else acted on the same step first (or the draft moved on): the second action is refused
 * whole, nothing of the first is lost. The API answers 409.
 */
public class OutgoingConflict extends RuntimeException {

    private final long draftId;

    public OutgoingConflict(long draftId) {
        super("outgoing document " + draftId + " changed meanwhile");
        this.draftId = draftId;
    }

    public long draftId() {
        return draftId;
    }
}

package org.zhengwu.document.outgoing;

/** Where a draft stands. */
public enum Status {
    /** 代拟稿: the lead department writes it; concerned departments co-sign (会签). */
    DRAFT,
    /** Sent back by a reviewer or signer; the lead department fixes it and submits again. */
    RETURNED,
    /** On the WR-58 review chain; {@code reviewStep} says which step. */
    IN_REVIEW,
    /** Waiting for the signer(s) and co-signers that WR-59 requires. */
    AWAITING_SIGN_OFF,
    /** 签发: numbered, ready to be released. */
    SIGNED,
    /** 印发: rendered, and queued for the gazette when proactive. */
    RELEASED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}

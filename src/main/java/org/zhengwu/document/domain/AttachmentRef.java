package org.zhengwu.document.domain;

/** An attachment named in a submission: its title and what it is (WR-56.3, WR-56.4 evidence). */
public record AttachmentRef(String title, AttachmentKind kind) {

    /** What an attachment is. */
    public enum AttachmentKind {
        MAJOR_DECISION_REPORT,
        LEGALITY_REVIEW,
        HIGHER_AUTHORITY_OPINION,
        OTHER
    }
}

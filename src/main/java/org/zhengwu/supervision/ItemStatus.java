package org.zhengwu.supervision;

/**
 * Where an item stands. WR-71: proposed, reviewed by the deputy secretary-general, approved by
 * the secretary-general (then open and the handlers notified); worked (in progress, reported by
 * the lead unit, verified by the office); closed (销号) on approval. Overdue is not a status but
 * the clock's verdict on an item not closed by its due date.
 */
public enum ItemStatus {
    PROPOSED, REVIEWED, OPEN, IN_PROGRESS, REPORTED, VERIFIED, CLOSED;

    public boolean isWorked() {
        return this == OPEN || this == IN_PROGRESS || this == REPORTED || this == VERIFIED;
    }
}

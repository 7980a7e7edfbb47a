package org.zhengwu.supervision.domain;

import java.time.LocalDate;

/** The ledger's traffic light of an item on a day. */
public enum Light {
    GREEN, YELLOW, RED, NONE;

    /**
     * Red past the due date, yellow up to {@code yellowUntil} (the pack's working days from today,
     * on the clock), green after it; none for a closed item or one without a due date. The
     * ledger's SQL filter uses the same bounds.
     */
    public static Light of(boolean closed, LocalDate due, LocalDate today, LocalDate yellowUntil) {
        if (closed || due == null) {
            return NONE;
        }
        if (due.isBefore(today)) {
            return RED;
        }
        return due.isAfter(yellowUntil) ? GREEN : YELLOW;
    }
}

package org.zhengwu.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stretch of days during which a case clock stands still, both ends included.
 *
 * @param from   the first paused day
 * @param to     the last paused day, or {@code null} while the case is still paused
 * @param reason why the clock stopped (shown in the explanation); may be {@code null}
 */
public record Pause(LocalDate from, LocalDate to, String reason) {

    public Pause {
        Objects.requireNonNull(from, "a pause needs a first day");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a pause cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean isOpen() {
        return to == null;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}

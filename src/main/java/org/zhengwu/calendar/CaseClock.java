package org.zhengwu.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The running clock of a case: from the day of receipt (not counted), a limit in working days,
 * lengthened by extensions and stopped during pauses.
 *
 * @param start      the day of receipt; counting begins the day after
 * @param limit      the limit in working days (0 or more)
 * @param pauses     stretches during which no day counts; at most one may be open
 * @param extensions working days added to the limit
 */
public record CaseClock(LocalDate start, int limit, List<Pause> pauses, List<Extension> extensions) {

    public CaseClock {
        Objects.requireNonNull(start, "a case clock needs a start");
        if (limit < 0) {
            throw new IllegalArgumentException("a limit is 0 or more working days, not " + limit);
        }
        pauses = List.copyOf(pauses == null ? List.of() : pauses);
        extensions = List.copyOf(extensions == null ? List.of() : extensions);
        if (pauses.stream().filter(Pause::isOpen).count() > 1) {
            throw new IllegalArgumentException("a case clock has at most one open pause");
        }
    }

    /** A clock without pauses or extensions. */
    public static CaseClock of(LocalDate start, int limit) {
        return new CaseClock(start, limit, List.of(), List.of());
    }

    /** The limit with every extension added. */
    public int totalWorkingDays() {
        return limit + extensions.stream().mapToInt(Extension::workingDays).sum();
    }
}

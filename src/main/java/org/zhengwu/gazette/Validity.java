package org.zhengwu.gazette;

import java.time.LocalDate;

/**
 * A document's validity on a day (有效性). A document takes effect on its commencement date, or
 * when signed if the text names none (自印发之日起施行); a recorded repeal ends it on its day.
 */
public enum Validity {
    /** 现行有效. */
    IN_FORCE,
    /** 尚未施行. */
    NOT_YET_IN_FORCE,
    /** 已失效. */
    EXPIRED,
    /** 已废止. */
    REPEALED;

    /**
     * The validity on {@code day}.
     *
     * @param from       the commencement date, else the signing date; null when neither is known
     * @param until      the last day of validity, null when open-ended
     * @param repealedOn the day a recorded repeal takes effect, null when none
     */
    public static Validity on(LocalDate day, LocalDate from, LocalDate until, LocalDate repealedOn) {
        if (repealedOn != null && !day.isBefore(repealedOn)) {
            return REPEALED;
        }
        if (from != null && day.isBefore(from)) {
            return NOT_YET_IN_FORCE;
        }
        if (until != null && day.isAfter(until)) {
            return EXPIRED;
        }
        return IN_FORCE;
    }

    /** The message key of its Chinese name. */
    public String messageKey() {
        return "gazette.validity." + name();
    }
}

package org.zhengwu.gazette;

import java.time.LocalDate;
import java.util.List;

/** A stored document's validity on a day, from its dates and its recorded repeals. */
final class Validities {

    private Validities() {
    }

    static Validity of(GazetteDocument d, List<Amendment> amendments, LocalDate day) {
        return Validity.on(day, d.inForceFrom(), d.effectiveUntil(), repealedOn(amendments));
    }

    /** The day the earliest recorded repeal takes effect, null when none is recorded. */
    static LocalDate repealedOn(List<Amendment> amendments) {
        return amendments.stream().filter(a -> a.kind() == Amendment.Kind.REPEALED).map(Amendment::effectiveOn)
                .min(LocalDate::compareTo).orElse(null);
    }
}

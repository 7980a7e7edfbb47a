package org.zhengwu.calendar;

import java.util.Set;
import java.util.TreeSet;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.SubjectRef;

/**
 * The official calendar changed: a year's holiday file was loaded. Modules holding open
 * deadlines listen to it and recompute those that reach into the affected years.
 *
 * @param years      the years whose days may have changed: the notice's year and every year a
 *                   day of the new or the replaced file falls in
 * @param source     the name of the file loaded
 * @param noticeYear the year of the notice now in force
 * @param sha256     the SHA-256 of the file's text
 */
public record CalendarChanged(Set<Integer> years, String source, int noticeYear, String sha256) implements Audited {

    public CalendarChanged {
        years = Set.copyOf(years);
    }

    @Override
    public String action() {
        return "calendar.year-loaded";
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("calendar-year", noticeYear);
    }

    @Override
    public String summary() {
        return "official holidays of " + noticeYear + " loaded from " + source + " (sha256 " + sha256
                + "); days may have changed in " + new TreeSet<>(years);
    }
}

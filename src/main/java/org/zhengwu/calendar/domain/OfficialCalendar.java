package org.zhengwu.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.NavigableMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.zhengwu.calendar.DayInfo;
import org.zhengwu.calendar.DayKind;

/**
 * The official calendar built from the holiday files in force: weekends are off, listed days
 * off are holidays, listed weekend days on are make-up workdays (调休上班). A year is official
 * when a file for it is in force; any other year counts weekends alone and is provisional.
 * Immutable.
 */
public final class OfficialCalendar {

    private final NavigableMap<LocalDate, ListedDay> listed;
    private final SortedSet<Integer> years;

    private OfficialCalendar(NavigableMap<LocalDate, ListedDay> listed, SortedSet<Integer> years) {
        this.listed = Collections.unmodifiableNavigableMap(listed);
        this.years = Collections.unmodifiableSortedSet(years);
    }

    /**
     * Indexes the files by date, not by the file's year: a notice may list a day of the
     * neighbouring year (2023.json lists 2022-12-31). When two files list the same day, the
     * file of the day's own year wins.
     */
    public static OfficialCalendar of(Collection<HolidayYear> files) {
        var index = new TreeMap<LocalDate, ListedDay>();
        var years = new TreeSet<Integer>();
        files.stream().sorted(Comparator.comparingInt(HolidayYear::year)).forEach(file -> {
            years.add(file.year());
            file.days().stream().filter(d -> d.date().getYear() != file.year()).forEach(d -> index.putIfAbsent(d.date(), d));
        });
        files.forEach(file -> file.days().stream().filter(d -> d.date().getYear() == file.year())
                .forEach(d -> index.put(d.date(), d)));
        return new OfficialCalendar(index, years);
    }

    public SortedSet<Integer> officialYears() {
        return years;
    }

    public boolean isProvisional(LocalDate date) {
        return !years.contains(date.getYear());
    }

    /** Whether any day after {@code after} up to and including {@code upTo} lies in a year without official data. */
    public boolean isProvisionalBetween(LocalDate after, LocalDate upTo) {
        return upTo.isAfter(after) && IntStream.rangeClosed(after.plusDays(1).getYear(), upTo.getYear())
                .anyMatch(year -> !years.contains(year));
    }

    public boolean isWorkingDay(LocalDate date) {
        return day(date).isWorkingDay();
    }

    public DayInfo day(LocalDate date) {
        var entry = listed.get(date);
        var weekend = isWeekend(date);
        var provisional = isProvisional(date);
        if (entry != null && entry.offDay()) {
            return new DayInfo(date, DayKind.HOLIDAY, entry.name(), provisional);
        }
        if (entry != null && weekend) {
            return new DayInfo(date, DayKind.MAKEUP_WORKDAY, entry.name(), provisional);
        }
        // a listed weekday "on" (2020-02-03, back to work) is an ordinary workday
        return new DayInfo(date, weekend ? DayKind.WEEKEND : DayKind.WORKDAY, null, provisional);
    }

    /** The listed days after {@code after} up to and including {@code upTo}. */
    public Collection<ListedDay> listedBetween(LocalDate after, LocalDate upTo) {
        return listed.subMap(after, false, upTo, true).values();
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}

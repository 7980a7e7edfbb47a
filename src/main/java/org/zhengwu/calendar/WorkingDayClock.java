package org.zhengwu.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedSet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.zhengwu.calendar.domain.CaseWalk;
import org.zhengwu.calendar.domain.Explanation;
import org.zhengwu.calendar.domain.OfficialCalendar;
import org.zhengwu.calendar.domain.SupportedDates;
import org.zhengwu.calendar.domain.WorkingDays;
import org.zhengwu.kernel.UserError;

/**
 * The working-day clock: the one source of every deadline (WR-57 and every other time limit).
 * Weekends and the State Council's public holidays are off, announced make-up workdays
 * (调休上班) are on; the day of receipt is never counted. A year without official data is
 * counted on weekends alone, and what depends on it is marked provisional.
 *
 * <p>Dates from 1900 to 2999 are answered; counts are 0 to 10,000 days. Anything else is a
 * {@link UserError} ({@code calendar.date.out-of-range}, {@code calendar.count.invalid}).
 */
@Service
public class WorkingDayClock {

    private final CalendarData data;
    private final MessageSource messages;

    WorkingDayClock(CalendarData data, MessageSource messages) {
        this.data = data;
        this.messages = messages;
    }

    /** Whether people work on that day. */
    public boolean isWorkingDay(LocalDate date) {
        return calendar().isWorkingDay(supported(date));
    }

    /** The n-th working day after {@code from} (n ≥ 0; {@code from} itself when n is 0). */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        return new WorkingDays(calendar()).add(supported(from), count(n));
    }

    /**
     * The working days after {@code a} up to and including {@code b}; negative when {@code b} is
     * before {@code a}. {@code workingDaysBetween(a, addWorkingDays(a, n)) == n}.
     */
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        return new WorkingDays(calendar()).between(supported(a), supported(b));
    }

    /** {@code from} moved by n days of the given kind, backwards when n is negative. */
    public LocalDate shift(LocalDate from, int n, DayCount unit) {
        count(Math.abs(n));
        return switch (unit) {
            case WORKING_DAYS -> new WorkingDays(calendar()).shift(supported(from), n);
            case CALENDAR_DAYS -> supported(from).plusDays(n);
        };
    }

    /**
     * The same day {@code n} calendar months later (the last day of a shorter month), moved on to
     * the next working day when it is not one: a limit such as WR-71's one month.
     */
    public LocalDate addMonths(LocalDate from, int n) {
        var day = supported(from).plusMonths(count(n));
        return isWorkingDay(day) ? day : addWorkingDays(day, 1);
    }

    /** Whether the date's year lacks official data, so that it is counted on weekends alone. */
    public boolean isProvisional(LocalDate date) {
        return calendar().isProvisional(supported(date));
    }

    /** Whether any day after {@code a} up to and including {@code b} (either order) is provisional. */
    public boolean isProvisional(LocalDate a, LocalDate b) {
        return supported(a).isAfter(supported(b)) ? calendar().isProvisionalBetween(b, a)
                : calendar().isProvisionalBetween(a, b);
    }

    /** The deadline {@code workingDays} working days after the day of receipt, with its explanation. */
    public Deadline deadline(LocalDate from, int workingDays) {
        return due(CaseClock.of(supported(from), count(workingDays)));
    }

    /** The deadline of a running case clock: pauses stop it, extensions lengthen it. */
    public Deadline due(CaseClock clock) {
        checked(clock);
        var walk = new CaseWalk(calendar()).walk(clock);
        var explanation = new Explanation(new MessageTexts(messages)).of(walk);
        return new Deadline(walk.end(), walk.provisional(), explanation, walk.paused());
    }

    /** The day on the official calendar. */
    public DayInfo day(LocalDate date) {
        return calendar().day(supported(date));
    }

    /** Every day of the month, in order. */
    public List<DayInfo> month(YearMonth month) {
        var first = supported(month.atDay(1));
        var calendar = calendar();
        return first.datesUntil(month.plusMonths(1).atDay(1)).map(calendar::day).toList();
    }

    /** The years with official data in force. */
    public SortedSet<Integer> officialYears() {
        return calendar().officialYears();
    }

    /** The official data in force, year by year, with where each year came from. */
    public List<OfficialYear> officialData() {
        return data.current().years();
    }

    /** The most recent loads of official data (in force or replaced since), newest first. */
    public List<OfficialYear> loadHistory() {
        return data.history();
    }

    /**
     * Loads an official holiday file (holiday-cn format): a file that does not read is a
     * {@link UserError} naming its first problem, and nothing changes. A good file replaces the
     * data of its year, is kept with who loaded it and when, and {@link CalendarChanged} is published.
     */
    public LoadResult load(String json, String sourceName) {
        return data.load(json, sourceName);
    }

    private OfficialCalendar calendar() {
        return data.current().calendar();
    }

    private static void checked(CaseClock clock) {
        supported(clock.start());
        count(clock.totalWorkingDays());
        // a pause reaching past the supported dates would keep the walk going for ever
        clock.pauses().forEach(pause -> {
            supported(pause.from());
            if (pause.to() != null) {
                supported(pause.to());
            }
        });
    }

    private static LocalDate supported(LocalDate date) {
        if (!SupportedDates.contains(date)) {
            throw new UserError("calendar.date.out-of-range", "date", date.toString(),
                    Integer.toString(SupportedDates.FIRST_YEAR), Integer.toString(SupportedDates.LAST_YEAR));
        }
        return date;
    }

    private static int count(int n) {
        if (n < 0 || n > SupportedDates.MAX_COUNT) {
            throw new UserError("calendar.count.invalid", "workingDays", Integer.toString(n),
                    Integer.toString(SupportedDates.MAX_COUNT));
        }
        return n;
    }
}

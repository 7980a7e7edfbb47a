package org.zhengwu.calendar.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhengwu.calendar.DayKind;
import org.zhengwu.calendar.Extension;
import org.zhengwu.calendar.Pause;

/**
 * The reasons a deadline moved, in date order: extensions, make-up workdays, holidays that
 * took working days away, and pauses. A holiday falling wholly on a weekend moved nothing and
 * is not named; nor are plain weekends.
 */
final class Clauses {

    private final Texts texts;
    private final DateWords words;

    Clauses(Texts texts, DateWords words) {
        this.texts = texts;
        this.words = words;
    }

    List<String> of(Walk walk) {
        var out = new ArrayList<String>();
        walk.clock().extensions().stream().filter(e -> e.workingDays() > 0).forEach(e -> out.add(extension(e)));
        out.addAll(days(walk));
        return out;
    }

    private List<String> days(Walk walk) {
        var year = walk.clock().start().getYear();
        var out = new ArrayList<String>();
        Run run = null;
        for (var step : walk.steps()) {
            if (run != null && run.continuesWith(step)) {
                run = run.extendedTo(step.day().date());
                continue;
            }
            flush(run, year, out);
            run = Run.startingAt(step);
            if (run == null && step.counted() && step.day().kind() == DayKind.MAKEUP_WORKDAY) {
                out.add(makeUp(year, step.day().date()));
            }
        }
        flush(run, year, out);
        return out;
    }

    private String makeUp(int year, LocalDate date) {
        return texts.get("calendar.explain.makeup", words.within(year, date), words.weekday(date));
    }

    private void flush(Run run, int year, List<String> out) {
        if (run == null) {
            return;
        }
        var span = words.span(year, run.first(), run.last());
        if (run.pause() != null) {
            out.add(withReason("calendar.explain.pause", run.pause().reason(), span));
        } else if (run.tookWorkingDays()) {
            out.add(texts.get("calendar.explain.holiday", span, run.holiday()));
        }
    }

    private String extension(Extension e) {
        return withReason("calendar.explain.extension", e.reason(), Integer.toString(e.workingDays()));
    }

    private String withReason(String key, String reason, String first) {
        return reason == null || reason.isBlank() ? texts.get(key + "-no-reason", first)
                : texts.get(key, first, reason.strip());
    }

    /** Consecutive days of one pause, or of one holiday outside pauses. */
    private record Run(Pause pause, String holiday, LocalDate first, LocalDate last, boolean tookWorkingDays) {

        static Run startingAt(Walk.Step step) {
            var date = step.day().date();
            if (step.pause() != null) {
                return new Run(step.pause(), null, date, date, false);
            }
            if (step.day().kind() == DayKind.HOLIDAY) {
                return new Run(null, step.day().holidayName(), date, date, !OfficialCalendar.isWeekend(date));
            }
            return null;
        }

        boolean continuesWith(Walk.Step step) {
            if (pause != null) {
                return step.pause() == pause;
            }
            return step.pause() == null && step.day().kind() == DayKind.HOLIDAY
                    && holiday.equals(step.day().holidayName());
        }

        Run extendedTo(LocalDate date) {
            return new Run(pause, holiday, first, date, tookWorkingDays || !OfficialCalendar.isWeekend(date));
        }
    }
}

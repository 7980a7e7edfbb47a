package org.zhengwu.calendar.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import org.zhengwu.calendar.CaseClock;
import org.zhengwu.calendar.Pause;

/**
 * Walks a case clock day by day: a working day outside every pause counts; the walk ends on
 * the day the limit plus extensions is reached, or stops where an open pause begins.
 */
public final class CaseWalk {

    private final OfficialCalendar calendar;

    public CaseWalk(OfficialCalendar calendar) {
        this.calendar = calendar;
    }

    public Walk walk(CaseClock clock) {
        int target = clock.totalWorkingDays();
        WorkingDays.requireCount(target);
        var steps = new ArrayList<Walk.Step>();
        var day = clock.start();
        for (int counted = 0; counted < target; ) {
            day = day.plusDays(1);
            var pause = pauseOn(clock, day);
            if (pause != null && pause.isOpen()) {
                return new Walk(clock, steps, null, pause);
            }
            var step = new Walk.Step(calendar.day(day), pause);
            steps.add(step);
            counted += step.counted() ? 1 : 0;
        }
        return new Walk(clock, steps, day, null);
    }

    private static Pause pauseOn(CaseClock clock, LocalDate day) {
        // an open pause wins over a closed one covering the same day: it stops the clock
        return clock.pauses().stream().filter(p -> p.covers(day)).reduce((a, b) -> a.isOpen() ? a : b).orElse(null);
    }
}

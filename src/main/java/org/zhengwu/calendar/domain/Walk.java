package org.zhengwu.calendar.domain;

import java.time.LocalDate;
import java.util.List;
import org.zhengwu.calendar.CaseClock;
import org.zhengwu.calendar.DayInfo;
import org.zhengwu.calendar.Pause;

/**
 * The days a case clock walked through, from the day after its start to its end.
 *
 * @param clock     the case clock walked
 * @param steps     every day passed, in order
 * @param end       the deadline, or {@code null} when an open pause stopped the walk first
 * @param stoppedBy the open pause that stopped the walk, or {@code null}
 */
public record Walk(CaseClock clock, List<Step> steps, LocalDate end, Pause stoppedBy) {

    public Walk {
        steps = List.copyOf(steps);
    }

    /**
     * One day passed.
     *
     * @param day   the day on the official calendar
     * @param pause the pause covering it, or {@code null} when the clock was running
     */
    public record Step(DayInfo day, Pause pause) {

        public boolean counted() {
            return pause == null && day.isWorkingDay();
        }
    }

    public boolean paused() {
        return stoppedBy != null;
    }

    /** Whether any day walked lies in a year without official data. */
    public boolean provisional() {
        return steps.stream().anyMatch(s -> s.day().provisional());
    }

    /** The years without official data the walk went through, in order. */
    public List<Integer> provisionalYears() {
        return steps.stream().filter(s -> s.day().provisional()).map(s -> s.day().date().getYear()).distinct().toList();
    }
}

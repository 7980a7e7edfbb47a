package org.zhengwu.calendar;

import java.util.List;
import java.util.Map;
import org.zhengwu.calendar.domain.HolidayYear;
import org.zhengwu.calendar.domain.OfficialCalendar;

/**
 * The official data in force at one moment: the calendar, the year files it was built from,
 * and where each came from. Immutable; replaced whole when a year is loaded.
 */
record CalendarSnapshot(OfficialCalendar calendar, Map<Integer, HolidayYear> files, List<OfficialYear> years) {

    CalendarSnapshot {
        files = Map.copyOf(files);
        years = List.copyOf(years);
    }
}

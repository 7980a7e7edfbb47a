package org.zhengwu.calendar.domain;

import java.util.List;

/**
 * The content of one official holiday file (holiday-cn format): the notice's year, the notice
 * URLs, and the listed days. The year is the notice's; a few days may fall in a neighbouring year.
 */
public record HolidayYear(int year, List<String> papers, List<ListedDay> days) {

    public HolidayYear {
        papers = List.copyOf(papers);
        days = List.copyOf(days);
    }

    public int offDays() {
        return (int) days.stream().filter(ListedDay::offDay).count();
    }

    /** The days listed as working days: make-up weekends, and the odd weekday back at work. */
    public int makeUpDays() {
        return days.size() - offDays();
    }
}

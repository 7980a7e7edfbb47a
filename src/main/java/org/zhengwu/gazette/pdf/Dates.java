package org.zhengwu.gazette.pdf;

import java.time.LocalDate;

/** Dates as the standard prints them: Arabic numerals, the full year, no leading zeros (7.3.5). */
final class Dates {

    private Dates() {
    }

    static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}

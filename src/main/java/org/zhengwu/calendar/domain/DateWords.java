package org.zhengwu.calendar.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/** Dates in Chinese words: 2022年4月8日, 4月8日, 8日, 星期五, 4月3日至5日. */
public final class DateWords {

    private final Texts texts;

    public DateWords(Texts texts) {
        this.texts = texts;
    }

    public String full(LocalDate date) {
        return texts.get("calendar.date.full", number(date.getYear()), number(date.getMonthValue()),
                number(date.getDayOfMonth()));
    }

    public String weekday(LocalDate date) {
        return texts.get("calendar.weekday." + date.getDayOfWeek().getValue());
    }

    public String month(YearMonth month) {
        return texts.get("calendar.date.month", number(month.getYear()), number(month.getMonthValue()));
    }

    /** A day inside a sentence about {@code year}: without the year when it is the same. */
    public String within(int year, LocalDate date) {
        return date.getYear() == year ? monthDay(date) : full(date);
    }

    /** A stretch of days inside a sentence about {@code year}: 4月3日至5日, 9月29日至10月6日. */
    public String span(int year, LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return within(year, first);
        }
        String end;
        if (first.getYear() != last.getYear()) {
            end = full(last);
        } else if (first.getMonth() != last.getMonth()) {
            end = monthDay(last);
        } else {
            end = texts.get("calendar.date.day", number(last.getDayOfMonth()));
        }
        return texts.get("calendar.date.span", within(year, first), end);
    }

    private String monthDay(LocalDate date) {
        return texts.get("calendar.date.month-day", number(date.getMonthValue()), number(date.getDayOfMonth()));
    }

    private static String number(int n) {
        return Integer.toString(n);
    }
}

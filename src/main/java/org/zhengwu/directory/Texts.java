package org.zhengwu.directory;

import java.time.LocalDate;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Pieces of Chinese text as message references, resolved from the bundle where the sentence
 * is resolved: no Chinese is put together in code. Numbers go in as text, so that no
 * grouping separator turns 2022 into 2,022.
 */
final class Texts {

    private Texts() {
    }

    static MessageSourceResolvable of(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args, key);
    }

    /** 2022年4月6日 */
    static MessageSourceResolvable date(LocalDate day) {
        return of("directory.date", text(day.getYear()), text(day.getMonthValue()), text(day.getDayOfMonth()));
    }

    /** 4月6日, 4月6日至8日, 3月30日至4月2日, 2022年12月30日至2023年1月2日 */
    static MessageSourceResolvable range(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return of("directory.range.day", text(from.getMonthValue()), text(from.getDayOfMonth()));
        }
        if (from.getYear() != to.getYear()) {
            return of("directory.range.years", date(from), date(to));
        }
        if (from.getMonthValue() == to.getMonthValue()) {
            return of("directory.range.month", text(from.getMonthValue()), text(from.getDayOfMonth()),
                    text(to.getDayOfMonth()));
        }
        return of("directory.range.months", text(from.getMonthValue()), text(from.getDayOfMonth()),
                text(to.getMonthValue()), text(to.getDayOfMonth()));
    }

    /** 3天 or 3个工作日, by the rule pack's unit. */
    static MessageSourceResolvable days(int count, String unit) {
        return of("directory.days." + unit, text(count));
    }

    private static String text(int number) {
        return Integer.toString(number);
    }
}

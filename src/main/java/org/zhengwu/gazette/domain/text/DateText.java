package org.zhengwu.gazette.domain.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates as official texts write them: {@code 2022年3月8日}, {@code 2022 年 3 月 30 日},
 * {@code 二〇〇四年六月二十六日}, {@code 二○○四年六月二十六日}. An impossible date (2月30日) is no date.
 */
public final class DateText {

    static final String CN_YEAR = "[〇○零O０一二三四五六七八九]{4}";
    static final String CN_SMALL = "[一二三四五六七八九十]{1,3}";
    /** A full date in either spelling; groups: Arabic y, m, d, then Chinese y, m, d. */
    public static final Pattern FULL = Pattern.compile(
            "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"
                    + "|(" + CN_YEAR + ")\\s*年\\s*(" + CN_SMALL + ")\\s*月\\s*(" + CN_SMALL + ")\\s*日");
    private static final Pattern WHOLE_LINE = Pattern.compile("[（(]?\\s*(?:" + FULL.pattern() + ")\\s*[）)]?");

    private DateText() {
    }

    /** The first full date in the text. */
    public static Optional<LocalDate> find(String text) {
        var m = FULL.matcher(text);
        return m.find() ? of(m) : Optional.empty();
    }

    /** The date when the whole line is one (a signature date), else empty. */
    public static Optional<LocalDate> wholeLine(String line) {
        var stripped = line.strip();
        if (!WHOLE_LINE.matcher(stripped).matches()) {
            return Optional.empty();
        }
        return find(stripped);
    }

    /** The date of a match of {@link #FULL}. */
    public static Optional<LocalDate> of(Matcher m) {
        boolean arabic = m.group(1) != null;
        var year = arabic ? ChineseNumber.parse(m.group(1)) : ChineseNumber.year(m.group(4));
        var month = ChineseNumber.parse(m.group(arabic ? 2 : 5));
        var day = ChineseNumber.parse(m.group(arabic ? 3 : 6));
        return date(year.orElse(-1), month.orElse(-1), day.orElse(-1));
    }

    /** A date from its parts, empty when it does not exist. */
    public static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

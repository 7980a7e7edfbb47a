package org.zhengwu.gazette.domain.parse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.zhengwu.gazette.domain.model.ChronicleEntry;
import org.zhengwu.gazette.domain.text.ChineseNumber;
import org.zhengwu.gazette.domain.text.DateText;

/**
 * Reads a chronicle (大事记, CH-1): an entry starts with its day ({@code 9日，…}), or with △ for
 * another entry of the same day; the first entry may name its day inside its first clause
 * ({@code 受…委托，8日，…}). The year and month come from the chronicle's heading
 * ({@code （2022年3月）}); an entry may give its own month ({@code 3月31日}).
 */
final class ChronicleReader {

    private static final Pattern DAY_START = Pattern.compile("^(?:(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*)?(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日\\s*[，,、至\\-—]");
    private static final Pattern DAY_INSIDE = Pattern.compile("(?:(\\d{1,2})月)?(\\d{1,2})日");
    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d\\d|[〇○零一二三四五六七八九]{4})\\s*年\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月");
    private static final int FIRST_CLAUSE = 60;

    /** @param entries the dated entries; @param paragraphs the entries' lines, for the units */
    record Result(List<ChronicleEntry> entries, List<Line> paragraphs) {
    }

    private ChronicleReader() {
    }

    static boolean startsEntry(String text) {
        return text.startsWith("△") || DAY_START.matcher(text).find();
    }

    /** The year and month a chronicle's title gives, or null. */
    static YearMonth period(String title) {
        var m = title == null ? null : PERIOD.matcher(title);
        if (m == null || !m.find()) {
            return null;
        }
        var year = ChineseNumber.parse(m.group(1)).orElse(ChineseNumber.year(m.group(1)).orElse(0));
        var month = ChineseNumber.parse(m.group(2)).orElse(0);
        return month >= 1 && month <= 12 && year > 0 ? YearMonth.of(year, month) : null;
    }

    static Result read(List<Line> lines, YearMonth period, Warnings warnings) {
        var paragraphs = ParagraphJoiner.join(lines, ChronicleReader::startsEntry);
        var entries = new ArrayList<ChronicleEntry>();
        LocalDate day = null;
        for (var p : paragraphs) {
            var text = p.text();
            if (!text.startsWith("△")) {
                day = dayOf(text, period);
            }
            if (day == null) {
                warnings.add("chronicle-undated", p.no(), Warnings.excerpt(text));
            }
            entries.add(new ChronicleEntry(day, stripMarks(text)));
        }
        return new Result(entries, paragraphs);
    }

    private static LocalDate dayOf(String text, YearMonth period) {
        if (period == null) {
            return null;
        }
        var start = DAY_START.matcher(text);
        if (start.find()) {
            return date(period, start.group(1), start.group(2));
        }
        var inside = DAY_INSIDE.matcher(text.substring(0, Math.min(text.length(), FIRST_CLAUSE)));
        return inside.find() ? date(period, inside.group(1), inside.group(2)) : null;
    }

    private static LocalDate date(YearMonth period, String month, String day) {
        int m = month == null ? period.getMonthValue() : ChineseNumber.parse(month).orElse(0);
        return DateText.date(period.getYear(), m, ChineseNumber.parse(day).orElse(0)).orElse(null);
    }

    /** The entry without its △ mark or its leading day ({@code 9日，}). */
    private static String stripMarks(String text) {
        var t = text.startsWith("△") ? text.substring(1).strip() : text;
        var m = DAY_START.matcher(t);
        return m.find() && "，,、".indexOf(t.charAt(m.end() - 1)) >= 0 ? t.substring(m.end()).strip() : t;
    }
}

package org.zhengwu.gazette.domain.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline a task's text gives, as the last day it allows: {@code 2022年底前} → 2022-12-31,
 * {@code 2022年6月底前} → 2022-06-30, {@code 2022年上半年} → 2022-06-30, {@code 年内} → the 31
 * December of the document's year. The earliest expression in the text wins.
 */
public record Deadline(LocalDate date, String text) {

    private record Form(Pattern pattern, Function<Context, Optional<LocalDate>> date) {
    }

    private record Context(Matcher m, int defaultYear) {
        int year(int group) {
            return m.group(group) == null ? defaultYear : Integer.parseInt(m.group(group));
        }
    }

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("(?:到|至|于)?(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:前|之前|以前)"),
                    c -> DateText.date(c.year(1), Integer.parseInt(c.m().group(2)), Integer.parseInt(c.m().group(3)))),
            new Form(Pattern.compile("(?:到|至|于)?(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(?:底|末)(?:前|之前|以前)?"),
                    c -> monthEnd(c.year(1), Integer.parseInt(c.m().group(2)))),
            new Form(Pattern.compile("(?:到|至|于)?(?:(\\d{4})\\s*年\\s*(?:年\\s*)?|年)(?:底|末)(?:前|之前|以前)?"),
                    c -> DateText.date(c.year(1), 12, 31)),
            new Form(Pattern.compile("(?:(\\d{4})\\s*年\\s*)?上半年"), c -> DateText.date(c.year(1), 6, 30)),
            new Form(Pattern.compile("(?:(\\d{4})\\s*年\\s*)?(?:第)?([一二三四1-4])\\s*季度(?:末|底)?(?:前)?"),
                    c -> monthEnd(c.year(1), 3 * ChineseNumber.parse(c.m().group(2)).orElse(0))),
            new Form(Pattern.compile("(?:(\\d{4})\\s*|(?<![一二三四五六七八九十两百\\d]))年内"), c -> DateText.date(c.year(1), 12, 31)));

    /**
     * The earliest deadline in the text; a form without a year takes {@code defaultYear}, and
     * is no deadline when that is unknown (0).
     */
    public static Optional<Deadline> find(String text, int defaultYear) {
        Deadline best = null;
        int bestStart = Integer.MAX_VALUE;
        for (var form : FORMS) {
            var m = form.pattern().matcher(text);
            while (m.find() && m.start() < bestStart) {
                var ctx = new Context(m, defaultYear);
                var date = ctx.year(1) > 0 ? form.date().apply(ctx) : Optional.<LocalDate>empty();
                if (date.isPresent()) {
                    best = new Deadline(date.get(), m.group());
                    bestStart = m.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<LocalDate> monthEnd(int year, int month) {
        if (month < 1 || month > 12 || year < 1 || year > 9999) {
            return Optional.empty();
        }
        return Optional.of(YearMonth.of(year, month).atEndOfMonth());
    }
}

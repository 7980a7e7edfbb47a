package org.zhengwu.gazette.domain.parse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import org.zhengwu.gazette.domain.model.Unit;
import org.zhengwu.gazette.domain.text.ChineseNumber;
import org.zhengwu.gazette.domain.text.DateText;

/**
 * When a text is in force: {@code 自2022年5月1日起施行}, {@code 自印发之日起施行} (the signing
 * date), {@code 有效期至2027年4月30日}, {@code 有效期5年} (to the day before the anniversary).
 *
 * @param from  the first day in force, null when the text does not say
 * @param until the last day in force, null when the text does not say
 */
record EffectivePeriod(LocalDate from, LocalDate until) {

    private static final String DATE = DateText.FULL.pattern();
    private static final Pattern FROM = Pattern.compile("自\\s*(?:" + DATE + ")\\s*起\\s*(?:施行|实施|执行|生效)");
    private static final Pattern FROM_SIGNING = Pattern.compile("自(?:印发|发布|公布|签发)之日起(?:施行|实施|执行|生效)");
    private static final Pattern UNTIL = Pattern.compile("有效期(?:至|到)\\s*(?:" + DATE + ")");
    private static final Pattern YEARS = Pattern.compile("有效期(?:为)?\\s*(\\d{1,2}|[一二三四五六七八九十两]{1,2})\\s*年");

    static EffectivePeriod of(List<Unit> units, LocalDate signed) {
        LocalDate from = null;
        LocalDate until = null;
        Integer years = null;
        for (var text : units.stream().flatMap(Unit::selfAndDescendants).map(Unit::text).toList()) {
            var f = FROM.matcher(text);
            if (from == null && f.find()) {
                from = DateText.find(f.group()).orElse(null);
            } else if (from == null && FROM_SIGNING.matcher(text).find()) {
                from = signed;
            }
            var u = UNTIL.matcher(text);
            if (until == null && u.find()) {
                until = DateText.find(u.group()).orElse(null);
            }
            var y = YEARS.matcher(text);
            if (years == null && y.find()) {
                years = ChineseNumber.parse(y.group(1)).stream().boxed().findFirst().orElse(null);
            }
        }
        if (until == null && from != null && years != null) {
            until = dayBeforeAnniversary(from, years);
        }
        return new EffectivePeriod(from, until);
    }

    /**
     * The last day of a validity of whole years. Calendar arithmetic on the validity of a text,
     * not a working-day deadline: those come from the calendar module.
     */
    static LocalDate dayBeforeAnniversary(LocalDate from, int years) {
        var month = YearMonth.of(from.getYear() + years, from.getMonth());
        int day = Math.min(from.getDayOfMonth(), month.lengthOfMonth());
        return day > 1 ? month.atDay(day - 1) : month.minusMonths(1).atEndOfMonth();
    }
}

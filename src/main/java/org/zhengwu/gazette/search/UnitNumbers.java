package org.zhengwu.gazette.search;

import java.util.Optional;
import java.util.regex.Pattern;
import org.zhengwu.gazette.domain.text.ChineseNumber;

/**
 * Unit numbers such as 第五十六条 or 第56条, 第九章 or 第9章, reduced to one key ({@code 条56}) so
 * that either spelling finds the other, and written out in Chinese numerals as texts print them.
 */
final class UnitNumbers {

    static final Pattern FORM = Pattern.compile("第\\s*([0-9零〇○一二两三四五六七八九十百千]{1,8})\\s*([条章节编款])");
    private static final String DIGITS = "零一二三四五六七八九";

    private UnitNumbers() {
    }

    /** The key of a whole number such as {@code 第十九条}; empty when the text is none. */
    static Optional<String> key(String num) {
        if (num == null) {
            return Optional.empty();
        }
        var m = FORM.matcher(num.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        var value = ChineseNumber.parse(m.group(1));
        return value.isPresent() && value.getAsInt() > 0 ? Optional.of(m.group(2) + value.getAsInt()) : Optional.empty();
    }

    /** The number as printed: {@code 条56} → 第五十六条. */
    static String printed(String key) {
        return "第" + chinese(Integer.parseInt(key.substring(1))) + key.charAt(0);
    }

    static String chinese(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        }
        if (n < 100) {
            return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        }
        if (n < 1000) {
            int rest = n % 100;
            var tail = rest == 0 ? "" : rest < 10 ? "零" + DIGITS.charAt(rest) : rest < 20 ? "一" + chinese(rest) : chinese(rest);
            return DIGITS.charAt(n / 100) + "百" + tail;
        }
        return String.valueOf(n);
    }
}

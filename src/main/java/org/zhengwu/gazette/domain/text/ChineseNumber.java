package org.zhengwu.gazette.domain.text;

import java.util.OptionalInt;

/**
 * Chinese numerals as official texts write them: 三, 十二, 五十六, 一百九十九, 二百零五, 一千零一,
 * Arabic digits, and digit-by-digit years such as 二〇〇四 or 二○○四.
 */
public final class ChineseNumber {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumber() {
    }

    /** The value of a numeral (positional 一百九十九 or Arabic 199), empty when it is none. */
    public static OptionalInt parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 12) {
            return OptionalInt.empty();
        }
        if (text.chars().allMatch(Character::isDigit)) {
            return OptionalInt.of(Integer.parseInt(text));
        }
        return positional(text);
    }

    private static OptionalInt positional(String text) {
        int total = 0;
        int digit = -1;
        for (char c : text.toCharArray()) {
            int unit = unit(c);
            if (unit > 0) {
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            } else if (digitOf(c) >= 0 && digit <= 0) {
                // 零 only holds a place (二百零五): the next digit replaces it
                digit = digitOf(c);
            } else {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(total + Math.max(digit, 0));
    }

    /** A year written digit by digit: 二〇〇四, 二○○四, 2004. */
    public static OptionalInt year(String text) {
        if (text == null || text.length() != 4) {
            return OptionalInt.empty();
        }
        int value = 0;
        for (char c : text.toCharArray()) {
            int d = Character.isDigit(c) ? Character.digit(c, 10) : digitOf(c);
            if (d < 0) {
                return OptionalInt.empty();
            }
            value = value * 10 + d;
        }
        return OptionalInt.of(value);
    }

    /** The digit a character stands for: 〇, ○, O and 零 are all zero; -1 when none. */
    static int digitOf(char c) {
        if (c == '〇' || c == '○' || c == 'O' || c == '０') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }

    private static int unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }
}

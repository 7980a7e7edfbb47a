package org.zhengwu.gazette.domain.text;

import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Cleans one line of extracted text: invisible characters out, every kind of space made one
 * ASCII space, markdown-like marks ({@code #}, {@code **}, {@code - }) off, spaces that page layout
 * put between Chinese characters ({@code 实 施 细 则}, {@code 2022 年 3 月}) removed, ASCII
 * punctuation next to Chinese made full-width.
 */
public final class LineCleaner {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s*");
    private static final Pattern LIST_MARK = Pattern.compile("^[-*+]\\s+(?=\\S)");
    private static final String CJK = "\\p{IsHan}\\u3001-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF60“”‘’—…·";
    private static final Pattern CJK_GAP = Pattern.compile("(?<=[" + CJK + "]) (?=[" + CJK + "])");
    private static final Pattern DIGIT_HAN_GAP = Pattern.compile("(?<=\\d) (?=\\p{IsHan})");
    // a number alone at the end of a line stays apart: it is a catalogue's page number
    private static final Pattern HAN_DIGIT_GAP = Pattern.compile("(?<=\\p{IsHan}) (?=\\d+[\\p{IsHan}.．、—\\-~～])");
    private static final Pattern HAN_PARENS = Pattern.compile("\\(([^()]*\\p{IsHan}[^()]*)\\)");
    private static final Pattern ASCII_PUNCT = Pattern.compile("(?<=[\\p{IsHan}）》”])\\s*([,;:?!])");
    private static final IntPredicate ASCII_PUNCT_MARKS = c -> c == ',' || c == ';' || c == ':' || c == '?' || c == '!';
    /** Every invisible character and every space: a line without one is left as it is. */
    private static final IntPredicate INVISIBLE_OR_SPACE = c -> isInvisible((char) c) || isSpace((char) c);

    private LineCleaner() {
    }

    /** A cleaned line and the markdown heading level it had (0 for none). */
    public record Clean(String text, int headingLevel) {
    }

    /** The line cleaned; its text is empty when nothing but marks and spaces was on it. */
    public static Clean clean(String raw) {
        var s = invisibleOut(raw).strip();
        int level = 0;
        var h = HEADING.matcher(s);
        if (h.find()) {
            level = h.group(1).length();
            s = s.substring(h.end());
        }
        s = LIST_MARK.matcher(s.replace("**", "").replace("__", "").strip()).replaceFirst("");
        return new Clean(gaps(punctuation(s.strip())), level);
    }

    /** Only invisible characters removed and spaces unified: for text compared, not shown. */
    public static String invisibleOut(String raw) {
        if (!hasAny(raw, INVISIBLE_OR_SPACE)) {
            return raw;
        }
        // invisible characters out, then each run of spaces one space: in one pass
        var out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return space ? out.append(' ').toString() : out.toString();
    }

    /** Zero-width characters, the soft hyphen, control characters but tab and newline. */
    private static boolean isInvisible(char c) {
        return c <= 0x08 || (c >= 0x0B && c <= 0x1F) || c == 0x7F || c == 0xAD || (c >= 0x200B && c <= 0x200D)
                || c == 0x2060 || c == 0xFEFF;
    }

    /** Tab, newline and the Unicode spaces, the ideographic one among them. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
                || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    // The patterns below run only on a line holding a character they act on: most lines of a
    // gazette hold none, and a lookbehind tried at every position is the parser's costliest step.

    private static String gaps(String s) {
        if (s.indexOf(' ') < 0) {
            return s;
        }
        var out = CJK_GAP.matcher(s).replaceAll("");
        out = DIGIT_HAN_GAP.matcher(out).replaceAll("");
        return HAN_DIGIT_GAP.matcher(out).replaceAll("");
    }

    private static String punctuation(String s) {
        var out = s.indexOf('(') < 0 ? s : HAN_PARENS.matcher(s).replaceAll("（$1）");
        if (!hasAny(out, ASCII_PUNCT_MARKS)) {
            return out;
        }
        var m = ASCII_PUNCT.matcher(out);
        var sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, fullWidth(m.group(1).charAt(0)));
        }
        return m.appendTail(sb).toString();
    }

    /** Whether the text holds a character of the set. */
    private static boolean hasAny(String s, IntPredicate set) {
        for (int i = 0; i < s.length(); i++) {
            if (set.test(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String fullWidth(char c) {
        return String.valueOf((char) (c - 0x21 + 0xFF01));
    }

    /** The text reduced for comparing titles: no spaces, brackets and quotes unified. */
    public static String key(String text) {
        return (hasAny(text, INVISIBLE_OR_SPACE) ? SPACES.matcher(text).replaceAll("") : text).replace('(', '（').replace(')', '）')
                .replace("《", "").replace("》", "").replace("“", "").replace("”", "");
    }
}

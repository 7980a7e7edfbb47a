package org.zhengwu.gazette.domain.parse;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengwu.gazette.domain.model.UnitType;
import org.zhengwu.gazette.domain.text.ChineseNumber;
import org.zhengwu.gazette.domain.text.Punctuation;

/**
 * Recognises the number a line starts with, by its written form: 第一编, 第一章, 第一节,
 * 第一条, 一、, （一）, 1., （1）, ①. The rank orders the forms from the outermost (编) to the
 * innermost (①); a unit nests in the nearest open unit of a smaller rank.
 */
final class Numbering {

    private static final String CN = "[零〇○一二三四五六七八九十百千两]";

    /** A line's number: its unit type, rank, printed form, value and the text after it. */
    record Numbered(UnitType type, int rank, String num, int value, String rest) {
        boolean isHeadingForm() {
            return rank < Rank.ARTICLE;
        }
    }

    /** Ranks of the forms, outermost first. */
    static final class Rank {
        static final int PART = 0;
        static final int CHAPTER = 1;
        static final int SUBCHAPTER = 2;
        static final int ARTICLE = 3;
        static final int SECTION = 4;
        static final int ITEM = 5;
        static final int SUBITEM = 6;
        static final int POINT = 7;
        static final int CIRCLED = 8;

        private Rank() {
        }
    }

    private record Form(Pattern pattern, Function<Matcher, Optional<Numbered>> read) {
    }

    private static final Pattern LEGAL = Pattern.compile("^第\\s*(" + CN + "{1,8}|\\d{1,4})\\s*(编|章|节|条)\\s*(.*)$");
    private static final List<Form> FORMS = List.of(
            new Form(LEGAL, Numbering::legal),
            new Form(Pattern.compile("^(" + CN + "{1,4})\\s*、\\s*(.*)$"),
                    m -> of(UnitType.SECTION, Rank.SECTION, m.group(1) + "、", m.group(1), m.group(2))),
            new Form(Pattern.compile("^[（(]\\s*(" + CN + "{1,4})\\s*[）)]\\s*(.*)$"),
                    m -> of(UnitType.ITEM, Rank.ITEM, "（" + m.group(1) + "）", m.group(1), m.group(2))),
            new Form(Pattern.compile("^(\\d{1,3})\\s*(?:[.．](?!\\d)|、)\\s*(.*)$"),
                    m -> of(UnitType.SUBITEM, Rank.SUBITEM, m.group(1) + ".", m.group(1), m.group(2))),
            new Form(Pattern.compile("^[（(]\\s*(\\d{1,3})\\s*[）)]\\s*(.*)$"),
                    m -> of(UnitType.POINT, Rank.POINT, "（" + m.group(1) + "）", m.group(1), m.group(2))),
            new Form(Pattern.compile("^([①-⑳])\\s*(.*)$"),
                    m -> Optional.of(new Numbered(UnitType.POINT, Rank.CIRCLED, m.group(1),
                            m.group(1).charAt(0) - '①' + 1, m.group(2)))));

    private Numbering() {
    }

    /** The number the line starts with, if it starts with one. */
    static Optional<Numbered> of(String line) {
        for (var form : FORMS) {
            var m = form.pattern().matcher(line);
            if (m.matches()) {
                return form.read().apply(m);
            }
        }
        return Optional.empty();
    }

    private static Optional<Numbered> legal(Matcher m) {
        var rest = m.group(3).strip();
        var unit = m.group(2);
        if (!unit.equals("条") && (rest.length() > 40 || Punctuation.hasStop(rest))) {
            return Optional.empty();  // 第三章规定的…: a reference in running text, not a heading
        }
        var value = ChineseNumber.parse(m.group(1).strip());
        if (value.isEmpty()) {
            return Optional.empty();
        }
        var num = "第" + m.group(1).strip() + unit;
        return Optional.of(switch (unit) {
            case "编" -> new Numbered(UnitType.PART, Rank.PART, num, value.getAsInt(), rest);
            case "章" -> new Numbered(UnitType.CHAPTER, Rank.CHAPTER, num, value.getAsInt(), rest);
            case "节" -> new Numbered(UnitType.SECTION, Rank.SUBCHAPTER, num, value.getAsInt(), rest);
            default -> new Numbered(UnitType.ARTICLE, Rank.ARTICLE, num, value.getAsInt(), rest);
        });
    }

    private static Optional<Numbered> of(UnitType type, int rank, String num, String value, String rest) {
        var v = ChineseNumber.parse(value);
        return v.isEmpty() ? Optional.empty() : Optional.of(new Numbered(type, rank, num, v.getAsInt(), rest.strip()));
    }
}

package org.zhengwu.gazette.domain.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.zhengwu.gazette.domain.parse.Numbering.Rank;
import org.zhengwu.gazette.domain.text.Brackets;
import org.zhengwu.gazette.domain.text.Punctuation;

/**
 * Joins the lines that page layout broke into the paragraphs they were: a line that ends inside
 * a sentence goes on in the next line, unless that line starts a unit of its own. Headings do
 * not go on, except when the next line is visibly the short rest of a broken list item
 * ({@code （一）研究协调市政府领导分工职责范围} + {@code 内的专题问题；}). A line that is only a
 * bracketed note ({@code （牵头单位：…）}, {@code （修正）}) belongs to the paragraph before it.
 */
final class ParagraphJoiner {

    /** A broken column line is at least this long; a short heading is not broken. */
    private static final int MIN_BROKEN_LINE = 15;
    private static final int MAX_HEADING = 40;
    private static final int MAX_NOTE = 300;

    private ParagraphJoiner() {
    }

    static List<Line> join(List<Line> lines, Predicate<String> startsUnit) {
        var paragraphs = merge(lines, (previous, next) -> continues(previous, next, startsUnit));
        // a note broken over lines is whole only now: it still belongs to the paragraph before it
        return merge(paragraphs, (previous, next) -> isNote(next) && !startsUnit.test(next) && !isChapterHeading(previous));
    }

    private static List<Line> merge(List<Line> lines, java.util.function.BiPredicate<String, String> goesOn) {
        var out = new ArrayList<Line>();
        for (var line : lines) {
            if (!out.isEmpty() && goesOn.test(out.getLast().text(), line.text())) {
                out.set(out.size() - 1, out.getLast().join(line));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    static boolean continues(String previous, String next, Predicate<String> startsUnit) {
        if (startsUnit.test(next)) {
            return false;
        }
        if (isNote(next)) {
            return !isChapterHeading(previous);
        }
        if (Punctuation.endsClosed(previous) || isChapterHeading(previous)) {
            return false;
        }
        return !isHeading(previous) || isShortRest(previous, next);
    }

    static boolean isNote(String text) {
        return text.length() <= MAX_NOTE && (text.startsWith("（") || text.startsWith("("))
                && (text.endsWith("）") || text.endsWith(")")) && Brackets.balanced(text);
    }

    private static boolean isChapterHeading(String text) {
        return Numbering.of(text).map(n -> n.rank() < Rank.ARTICLE).orElse(false);
    }

    /** A heading: a numbered line without a sentence in it, or a short line without prose punctuation. */
    private static boolean isHeading(String text) {
        var numbered = Numbering.of(text);
        if (numbered.isPresent()) {
            var n = numbered.get();
            return n.rank() != Rank.ARTICLE && !Punctuation.hasStop(n.rest()) && !Punctuation.endsMidSentence(text);
        }
        return text.length() <= MAX_HEADING && !Punctuation.hasProse(text);
    }

    private static boolean isShortRest(String heading, String next) {
        return heading.length() >= MIN_BROKEN_LINE && next.length() <= heading.length()
                && (next.endsWith("；") || next.endsWith("。"));
    }
}

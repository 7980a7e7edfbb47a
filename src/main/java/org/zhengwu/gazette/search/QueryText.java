package org.zhengwu.gazette.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengwu.gazette.domain.model.DocNumber;

/**
 * A query as a person types it: "quoted phrases" (straight or Chinese quotes), document numbers
 * in any bracket spelling, unit numbers such as 第56条, and words. Nothing in it is syntax that can
 * fail: an unbalanced quote is read as a plain character, other symbols as text.
 */
record QueryText(List<String> phrases, List<String> docNumbers, List<String> unitKeys, List<String> words) {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|“([^”]*)”|「([^」]*)」");
    private static final Pattern DOC_NUMBER = Pattern.compile("\\p{IsHan}{1,16}" + DocNumber.YEAR_AND_SEQUENCE);

    static QueryText parse(String query) {
        var phrases = new ArrayList<String>();
        var rest = take(QUOTED, query, m -> phrases.add(firstGroup(m)));
        var docNumbers = new ArrayList<String>();
        rest = take(DOC_NUMBER, rest, m -> DocNumber.parse(m.group()).ifPresent(n -> docNumbers.add(n.toString())));
        var unitKeys = new ArrayList<String>();
        rest = take(UnitNumbers.FORM, rest, m -> UnitNumbers.key(m.group()).ifPresent(unitKeys::add));
        var words = new ArrayList<String>();
        for (var word : rest.replaceAll("[\"“”「」]", " ").split("[\\s\\u3000]+")) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return new QueryText(List.copyOf(phrases), List.copyOf(docNumbers), List.copyOf(unitKeys), List.copyOf(words));
    }

    private static String take(Pattern pattern, String text, java.util.function.Consumer<Matcher> found) {
        var m = pattern.matcher(text);
        var rest = new StringBuilder();
        while (m.find()) {
            found.accept(m);
            m.appendReplacement(rest, " ");
        }
        m.appendTail(rest);
        return rest.toString();
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }
}

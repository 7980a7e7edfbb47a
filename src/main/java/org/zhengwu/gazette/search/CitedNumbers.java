package org.zhengwu.gazette.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhengwu.gazette.domain.model.DocNumber;

/**
 * The document numbers a text cites, in canonical spelling. Running text does not say where an
 * agency code begins (根据聊政发〔2022〕4号), so each number is given under every agency code the run
 * of Han characters before its bracket allows, from two characters up: the number a person types
 * is then one of them, whatever brackets either side used.
 */
final class CitedNumbers {

    private static final Pattern CITED = Pattern.compile("(\\p{IsHan}{2,16})(" + DocNumber.YEAR_AND_SEQUENCE + ")");

    private CitedNumbers() {
    }

    static Set<String> in(String text) {
        var found = new LinkedHashSet<String>();
        var m = CITED.matcher(text);
        while (m.find()) {
            var run = m.group(1);
            for (int from = 0; from <= run.length() - 2; from++) {
                DocNumber.parse(run.substring(from) + m.group(2)).ifPresent(n -> found.add(n.toString()));
            }
        }
        return found;
    }
}

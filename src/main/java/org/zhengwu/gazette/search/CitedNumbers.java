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

    /** What follows an agency code: the bracketed year and the sequence number. */
    private static final Pattern TAIL = Pattern.compile(DocNumber.YEAR_AND_SEQUENCE);
    private static final int LONGEST_CODE = 16;

    private CitedNumbers() {
    }

    /**
     * Each number's year and sequence are found first, then the run of up to 16 Han characters
     * just before them: looking for the run first would try up to 16 characters at every position
     * of the text, the most expensive step of indexing a document.
     */
    static Set<String> in(String text) {
        var found = new LinkedHashSet<String>();
        var m = TAIL.matcher(text);
        int previous = 0;   // a run does not reach into the number found before it
        while (m.find()) {
            int end = m.start();
            int start = end;
            for (int n = 0; n < LONGEST_CODE && start > previous && isHan(text.codePointBefore(start)); n++) {
                start -= Character.charCount(text.codePointBefore(start));
            }
            var run = text.substring(start, end);
            int codes = run.codePointCount(0, run.length());
            if (codes >= 2) {
                previous = m.end();
            }
            for (int from = 0; codes >= 2; codes--, from = run.offsetByCodePoints(from, 1)) {
                DocNumber.parse(run.substring(from) + m.group()).ifPresent(n -> found.add(n.toString()));
            }
        }
        return found;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}

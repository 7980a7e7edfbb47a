package org.zhengwu.gazette.domain.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splitting at separators outside brackets: a list of units {@code 市生态环境局、各县（市、区）人民政府}
 * splits at the first 、 only, because the second is inside （）.
 */
public final class Brackets {

    private static final String OPEN = "（(〔[【《“";
    private static final String CLOSE = "）)〕]】》”";

    private Brackets() {
    }

    /** The parts of the text between separators at bracket depth 0, stripped, empty parts left out. */
    public static List<String> splitTopLevel(String text, String separators) {
        var parts = new ArrayList<String>();
        int depth = 0;
        var current = new StringBuilder();
        for (char c : text.toCharArray()) {
            depth = Math.max(0, depth + (OPEN.indexOf(c) >= 0 ? 1 : 0) - (CLOSE.indexOf(c) >= 0 ? 1 : 0));
            if (depth == 0 && separators.indexOf(c) >= 0) {
                add(parts, current);
            } else {
                current.append(c);
            }
        }
        add(parts, current);
        return parts;
    }

    private static void add(List<String> parts, StringBuilder current) {
        var s = current.toString().strip();
        if (!s.isEmpty()) {
            parts.add(s);
        }
        current.setLength(0);
    }

    /** True when every bracket opened in the text is closed again. */
    public static boolean balanced(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += (OPEN.indexOf(c) >= 0 ? 1 : 0) - (CLOSE.indexOf(c) >= 0 ? 1 : 0);
        }
        return depth <= 0;
    }
}

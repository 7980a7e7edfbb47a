package org.zhengwu.gazette.domain.parse;

import java.util.Optional;

/**
 * The bracketed note a text ends with (before a final 。 or ；), found by matching brackets so
 * that brackets nested inside it ({@code 各县（市、区）}) do not end it early.
 *
 * @param before the text before the note, stripped
 * @param inside the note's text, without its outer brackets
 */
record NoteAtEnd(String before, String inside) {

    static Optional<NoteAtEnd> of(String text) {
        var t = text.strip();
        while (!t.isEmpty() && "。；;".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        if (!(t.endsWith("）") || t.endsWith(")"))) {
            return Optional.empty();
        }
        int depth = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            depth += (c == '）' || c == ')') ? 1 : (c == '（' || c == '(') ? -1 : 0;
            if (depth == 0) {
                return Optional.of(new NoteAtEnd(t.substring(0, i).strip(), t.substring(i + 1, t.length() - 1).strip()));
            }
        }
        return Optional.empty();
    }
}

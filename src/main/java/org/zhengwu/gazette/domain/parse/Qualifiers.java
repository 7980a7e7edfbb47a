package org.zhengwu.gazette.domain.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the bracketed qualifiers off the end of a post: {@code 副秘书长（列…之后）} is the post
 * {@code 副秘书长} with the qualifier {@code 列…之后}. Brackets inside the name of a post
 * ({@code 县（市、区）}) stay: only those at the end qualify.
 */
record Qualifiers(String post, List<String> qualifiers) {

    static Qualifiers of(String text) {
        var post = text.strip();
        var qualifiers = new ArrayList<String>();
        while (post.endsWith("）") || post.endsWith(")")) {
            int open = openingOfLast(post);
            if (open <= 0) {
                break;
            }
            qualifiers.addFirst(post.substring(open + 1, post.length() - 1).strip());
            post = post.substring(0, open).strip();
        }
        return new Qualifiers(post, qualifiers);
    }

    /** The index of the bracket that the last character closes, -1 when unbalanced. */
    private static int openingOfLast(String text) {
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            depth += (c == '）' || c == ')') ? 1 : (c == '（' || c == '(') ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }
}

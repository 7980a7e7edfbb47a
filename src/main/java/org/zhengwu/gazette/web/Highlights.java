package org.zhengwu.gazette.web;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A document's text as HTML with the words of the search that led to it marked
 * {@code <mark>…</mark>}: everything else is escaped. Without words, the text is only escaped.
 */
public final class Highlights {

    private static final int LONGEST_TERM = 40;
    private final List<String> terms;

    Highlights(List<String> terms) {
        this.terms = terms.stream().filter(t -> !t.isBlank() && t.length() <= LONGEST_TERM)
                .map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }

    static Highlights none() {
        return new Highlights(List.of());
    }

    public boolean any() {
        return !terms.isEmpty();
    }

    public String html(String text) {
        if (text == null) {
            return "";
        }
        var lower = text.toLowerCase(Locale.ROOT);
        var out = new StringBuilder(text.length() + 32);
        int plain = 0;
        for (int i = 0; i < text.length();) {
            int length = longestAt(lower, i);
            if (length == 0) {
                i++;
                continue;
            }
            out.append(HtmlUtils.htmlEscape(text.substring(plain, i))).append("<mark>")
                    .append(HtmlUtils.htmlEscape(text.substring(i, i + length))).append("</mark>");
            i += length;
            plain = i;
        }
        // words that follow one another read as one mark (应急 + 救援: 应急救援)
        return out.append(HtmlUtils.htmlEscape(text.substring(plain))).toString().replace("</mark><mark>", "");
    }

    private int longestAt(String lower, int at) {
        int best = 0;
        for (var t : terms) {
            if (t.length() > best && lower.startsWith(t, at)) {
                best = t.length();
            }
        }
        return best;
    }
}

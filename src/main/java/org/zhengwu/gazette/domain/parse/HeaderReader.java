package org.zhengwu.gazette.domain.parse;

import java.util.List;
import java.util.regex.Pattern;
import org.zhengwu.gazette.domain.model.DocNumber;

/**
 * Reads a document's header, in whatever order the lines come: the 文头 ({@code …文件}) or the
 * authority's name, the document number, the title over one to three lines (with the issuer
 * before 关于), and for a chronicle the period in brackets.
 */
final class HeaderReader {

    private static final int MAX_HEADER = 7;
    private static final Pattern PERIOD = Pattern.compile("（\\s*(?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年.{1,12}）");

    /**
     * @param end the index of the first line after the header
     */
    record Header(DocNumber docNumber, String issuer, String title, int end) {
    }

    private HeaderReader() {
    }

    static Header read(List<Line> lines) {
        DocNumber number = null;
        String org = null;
        String title = null;
        int i = 0;
        while (i < Math.min(lines.size(), MAX_HEADER)) {
            var text = lines.get(i).text();
            if (number == null && Segmenter.isNumberLine(text)) {
                number = DocNumber.find(text).orElseThrow();
            } else if (title == null && org == null && DocForms.isOrgLine(text)) {
                org = DocForms.orgOf(text);
            } else if (title == null && titleLines(lines, i) > 0) {
                int n = titleLines(lines, i);
                title = joined(lines, i, n);
                i += n - 1;
            } else if (title != null && DocForms.isChronicleTitle(title) && PERIOD.matcher(text).matches()) {
                title = title + text;
            } else {
                break;
            }
            i++;
        }
        return header(number, org, title, i, lines);
    }

    private static Header header(DocNumber number, String org, String title, int end, List<Line> lines) {
        if (title == null && end < lines.size() && DocForms.isHeadingLike(lines.get(end).text())) {
            title = lines.get(end).text();  // a document with a title only, such as a regulation's text
            end++;
        }
        var issuer = title == null ? null : DocForms.issuerBeforeAbout(title);
        if (issuer != null) {
            title = title.substring(title.indexOf("关于"));
        } else if (org != null) {
            issuer = org;
        } else if (title != null && DocForms.isChronicleTitle(title)) {
            issuer = chronicleIssuer(title);
        }
        return new Header(number, issuer, title, end);
    }

    /** How many lines (1–3) starting at {@code i} form a title; 0 when they form none. */
    private static int titleLines(List<Line> lines, int i) {
        for (int n = 1; n <= 3 && i + n <= lines.size(); n++) {
            var text = joined(lines, i, n);
            if (DocForms.isAboutTitle(text) || DocForms.isChronicleTitle(text)) {
                return n;
            }
            if (!DocForms.isHeadingLike(text)) {
                return 0;
            }
        }
        return 0;
    }

    private static String joined(List<Line> lines, int from, int n) {
        var sb = new StringBuilder();
        for (int k = from; k < from + n; k++) {
            sb.append(lines.get(k).text());
        }
        return sb.toString();
    }

    private static String chronicleIssuer(String title) {
        var before = title.substring(0, title.indexOf("大事记"));
        return DocForms.isOrgLine(before) ? before : null;
    }
}

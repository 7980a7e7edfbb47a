package org.zhengwu.gazette.pdf;

import java.util.ArrayList;
import java.util.List;
import org.zhengwu.gazette.Colophon;

/**
 * The 版记 (7.4) as a footnote of the last block, so that the layout engine sets it at the foot
 * of the last page, its last line on the type area's bottom edge: 抄送 above 印发机关和印发日期,
 * thick lines first and last, a thin line between. A letter's 版记 has 抄送 only, without lines (10.1).
 */
final class ColophonHtml {

    private ColophonHtml() {
    }

    /** The markup to append inside the document's last block; empty for an empty colophon. */
    static String document(Colophon colophon) {
        if (colophon == null || colophon.isEmpty()) {
            return "";
        }
        var lines = new ArrayList<String>();
        if (!colophon.copyTo().isEmpty()) {
            lines.add("cc");
        }
        if (colophon.hasImprint()) {
            lines.add("imprint");
        }
        var html = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            var rules = "ruled" + (i == 0 ? " first" : " between") + (i == lines.size() - 1 ? " last" : "");
            html.append(line(lines.get(i), rules, colophon));
        }
        return Xhtml.span("colophon", html.toString());
    }

    /** A letter's 抄送 at the foot of its last page. */
    static String letter(List<String> copyTo) {
        return copyTo.isEmpty() ? "" : Xhtml.span("colophon", "<div class=\"cc\">" + Xhtml.text(copyLine(copyTo)) + "</div>");
    }

    private static String line(String kind, String rules, Colophon colophon) {
        var inner = kind.equals("cc") ? Xhtml.text(copyLine(colophon.copyTo())) : imprint(colophon);
        return "<div class=\"" + kind + " " + rules + "\">" + inner + "</div>";
    }

    /** 抄送：A，B，C。 (names separated by ，, a full stop after the last). */
    static String copyLine(List<String> copyTo) {
        return "抄送：" + String.join("，", copyTo) + "。";
    }

    /** The printer flush left, the date with 印发 flush right. */
    private static String imprint(Colophon colophon) {
        var printer = colophon.printer() == null ? "" : Xhtml.text(colophon.printer());
        var date = colophon.printedOn() == null ? "" : Xhtml.span("printed-on", Xhtml.text(Dates.chinese(colophon.printedOn()) + "印发"));
        // the floated date goes first so that it shares the printer's line
        return date + printer;
    }
}

package org.zhengwu.gazette.pdf;

import static org.zhengwu.gazette.pdf.GbT9704.*;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSS of both layouts, every number from {@link GbT9704}. Every block keeps the line pitch
 * and its gaps are whole lines, so that the body stays on the 22-line grid from page to page.
 */
final class Stylesheet {

    /** The one font family: the CJK face serves every face and size the standard names. */
    static final String FAMILY = "zhengwu-cjk";

    /** 附件： before the first name of the 附件说明; wrapped names align after it. */
    private static final int NOTE_LABEL_CHARS = 3;

    private static final Pattern TOKEN = Pattern.compile("\\{([A-Z_]+)}");

    private Stylesheet() {
    }

    /** The document layout (公文格式). */
    static String document() {
        return fill(Css.PAGES + Css.BODY + Css.COLOPHON);
    }

    /**
     * The letter layout (信函格式): its own first page, then the document's pages. The mark and
     * the double line stand in the first page's top margin, whose height follows the mark's size:
     * the double lines are longer than the type area is wide, and the type area clips what it holds.
     */
    static String letter(double markPt) {
        double head = LETTER_MARK_TOP_MM + markPt / PT_PER_MM + LETTER_RULE_GAP_MM + DOUBLE_THICK_MM + DOUBLE_GAP_MM + DOUBLE_THIN_MM;
        return fill(Css.PAGES + Css.LETTER_FIRST_PAGE + Css.BODY + Css.COLOPHON + Css.LETTER, Map.of("LETTER_HEAD", mm(head)));
    }

    private static String fill(String template) {
        return fill(template, Map.of());
    }

    private static String fill(String template, Map<String, String> extra) {
        var values = new java.util.HashMap<>(values());
        values.putAll(extra);
        var m = TOKEN.matcher(template);
        var out = new StringBuilder();
        while (m.find()) {
            var value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for " + m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static Map<String, String> values() {
        return Map.ofEntries(
                Map.entry("FAMILY", FAMILY),
                Map.entry("PAGE", mm(PAGE_WIDTH_MM) + " " + mm(PAGE_HEIGHT_MM)),
                Map.entry("TOP", mm(TOP_MM)), Map.entry("BOTTOM", mm(BOTTOM_MM)),
                Map.entry("BINDING", mm(BINDING_MM)), Map.entry("OUTER", mm(OUTER_MM)),
                Map.entry("CHAR", pt(CHAR_PT)), Map.entry("LINE", pt(LINE_PT)),
                Map.entry("TITLE", pt(TITLE_PT)), Map.entry("SMALL", pt(SMALL_PT)),
                Map.entry("RED", RED), Map.entry("RED_RULE", mm(RED_RULE_MM)), Map.entry("RED_GAP", pt(RED_RULE_GAP_MM * PT_PER_MM - halfLeading(CHAR_PT))),
                Map.entry("MARK_DROP", mm(MARK_DROP_MM)),
                Map.entry("NUMBER_GAP", lines(NUMBER_GAP_LINES)), Map.entry("TITLE_GAP", lines(TITLE_GAP_LINES)),
                Map.entry("ADDRESSEE_GAP", lines(ADDRESSEE_GAP_LINES)), Map.entry("NOTE_GAP", lines(ATTACHMENT_NOTE_GAP_LINES)),
                Map.entry("SIGNATURE_GAP", lines(SIGNATURE_GAP_LINES)),
                Map.entry("NOTE_LABEL", em(NOTE_LABEL_CHARS)), Map.entry("NOTE_HANG", em(INDENT_CHARS + NOTE_LABEL_CHARS)),
                Map.entry("INDENT", em(INDENT_CHARS)), Map.entry("INSET", em(COLOPHON_INSET_CHARS)),
                Map.entry("THICK", mm(THICK_LINE_MM)), Map.entry("THIN", mm(THIN_LINE_MM)),
                Map.entry("NUMBER_DROP", mm(PAGE_NUMBER_DROP_MM - SMALL_PT / 2 / PT_PER_MM)),
                Map.entry("NUMBER_INSET", em(PAGE_NUMBER_INSET_CHARS)),
                Map.entry("TYPE_WIDTH", mm(TYPE_WIDTH_MM)), Map.entry("LETTER_TOP", mm(LETTER_MARK_TOP_MM)),
                Map.entry("LETTER_RULE", mm(LETTER_RULE_LENGTH_MM)), Map.entry("LETTER_GAP", mm(LETTER_RULE_GAP_MM)),
                Map.entry("LETTER_OUTSET", mm(BINDING_MM - (PAGE_WIDTH_MM - LETTER_RULE_LENGTH_MM) / 2)),
                Map.entry("LETTER_FOOT_DROP", mm(BOTTOM_MM - LETTER_FOOT_RULE_MM - DOUBLE_THICK_MM - DOUBLE_GAP_MM - DOUBLE_THIN_MM)),
                Map.entry("DOUBLE_THICK", mm(DOUBLE_THICK_MM)), Map.entry("DOUBLE_THIN", mm(DOUBLE_THIN_MM)),
                Map.entry("DOUBLE_GAP", mm(DOUBLE_GAP_MM)));
    }

    static String mm(double v) {
        return String.format(Locale.ROOT, "%.2fmm", v);
    }

    static String pt(double v) {
        return String.format(Locale.ROOT, "%.2fpt", v);
    }

    static String em(double v) {
        return String.format(Locale.ROOT, "%.2fem", v);
    }

    /**
     * The space a line box adds below its characters: a distance the standard measures from a
     * line's characters (the red line 4 mm below the number) is shortened by it.
     */
    static double halfLeading(double size) {
        return (LINE_PT - size) / 2;
    }

    private static String lines(int n) {
        return pt(n * LINE_PT);
    }
}

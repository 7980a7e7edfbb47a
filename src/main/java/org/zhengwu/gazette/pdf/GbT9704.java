package org.zhengwu.gazette.pdf;

/**
 * The numbers of GB/T 9704-2012 党政机关公文格式, each with the clause it comes from
 * ({@code shared/reference/gbt9704.md}); "derived" marks a number computed from the standard's,
 * "not fixed" one the standard leaves to the printer. Lengths in millimetres or points.
 */
final class GbT9704 {

    static final double PT_PER_MM = 72 / 25.4;

    // 5.2.1 A4 paper; 5.2.2 天头 37 mm, 订口 28 mm, 版心 156 mm × 225 mm
    static final double PAGE_WIDTH_MM = 210;
    static final double PAGE_HEIGHT_MM = 297;
    static final double TOP_MM = 37;
    static final double BINDING_MM = 28;
    static final double TYPE_WIDTH_MM = 156;
    static final double TYPE_HEIGHT_MM = 225;
    static final double BOTTOM_MM = PAGE_HEIGHT_MM - TOP_MM - TYPE_HEIGHT_MM;      // 35, derived
    static final double OUTER_MM = PAGE_WIDTH_MM - BINDING_MM - TYPE_WIDTH_MM;      // 26, derived

    // 5.2.3 一般每面排22行，每行排28个字，并撑满版心
    static final int LINES_PER_PAGE = 22;
    static final int CHARS_PER_LINE = 28;
    /** 225 mm / 22 = 28.99 pt; the fixed line spacing of the usual templates, 28.95 pt, keeps 22 whole lines. */
    static final double LINE_PT = 28.95;
    /** A 3号 character is 16 pt; 156 mm / 28 = 15.79 pt, a quarter point less so that rounding never leaves 27. */
    static final double CHAR_PT = 15.75;

    // character sizes (号) of the conventional typesetting table: 2号 title (7.3.1), 4号 colophon and page number (7.4, 7.5)
    static final double TITLE_PT = 22;
    static final double SMALL_PT = 14;
    /** The issuer mark's size is not fixed (7.2.4: 醒目、美观、庄重): at most 初号, less when the name is long. */
    static final double MARK_MAX_PT = 42;
    static final double MARK_MIN_PT = TITLE_PT;

    // 7.2.4 the mark's top edge 35 mm below the type area; 7.2.5 the number 2 lines below it; 7.2.7 red line 4 mm below that
    static final double MARK_DROP_MM = 35;
    static final int NUMBER_GAP_LINES = 2;
    static final double RED_RULE_GAP_MM = 4;
    /** Not fixed by the standard. */
    static final double RED_RULE_MM = 0.5;
    // 7.3.1 title 2 lines below the red line; 7.3.2 addressees 1 line below the title
    static final int TITLE_GAP_LINES = 2;
    static final int ADDRESSEE_GAP_LINES = 1;
    // 7.3.3 paragraphs indented 2 characters; 7.3.4 附件说明 1 line below the body, 2 characters in
    static final int INDENT_CHARS = 2;
    static final int ATTACHMENT_NOTE_GAP_LINES = 1;
    // 7.3.5.2 without seal: signature 1 line below, 2 characters from the right; date 2 characters right of its start
    static final int SIGNATURE_GAP_LINES = 1;
    static final int SIGNATURE_RIGHT_CHARS = 2;
    static final int DATE_SHIFT_CHARS = 2;
    // 7.3.5.1 with seal: date 4 characters from the right, signature centred above it
    static final int SEALED_DATE_RIGHT_CHARS = 4;

    // 7.4.1 colophon lines: first and last thick 0.35 mm, those between thin 0.25 mm; 7.4.2 names 1 character in
    static final double THICK_LINE_MM = 0.35;
    static final double THIN_LINE_MM = 0.25;
    static final int COLOPHON_INSET_CHARS = 1;

    // 7.5 page number: 4号, "— 1 —", 7 mm below the type area, odd pages 1 character from the right, even from the left
    static final double PAGE_NUMBER_DROP_MM = 7;
    static final int PAGE_NUMBER_INSET_CHARS = 1;

    /**
     * Clause 6 prints red with ink Y80% M80%; a PDF is mostly read on screens, where that CMYK
     * shows orange, so it carries the red of the documents offices publish: sRGB red.
     */
    static final String RED = "#ff0000";

    // 10.1 信函格式: mark 30 mm below the page's top edge; red double lines 170 mm long, the upper 4 mm below the mark,
    // the lower 20 mm above the page's bottom edge; first page without number
    static final double LETTER_MARK_TOP_MM = 30;
    static final double LETTER_RULE_LENGTH_MM = 170;
    static final double LETTER_RULE_GAP_MM = 4;
    static final double LETTER_FOOT_RULE_MM = 20;
    /** The double line's two strokes and the gap between them are not fixed by the standard. */
    static final double DOUBLE_THICK_MM = 1.0;
    static final double DOUBLE_THIN_MM = 0.35;
    static final double DOUBLE_GAP_MM = 0.7;

    private GbT9704() {
    }
}

package org.zhengwu.gazette.pdf;

/**
 * The rules of the stylesheet, with {@code {NAME}} for the numbers that {@link Stylesheet}
 * fills in from the standard. Odd pages bind on the left (订口), even pages on the right, so
 * that the type areas of a sheet's two sides coincide (clause 6).
 */
final class Css {

    static final String PAGES = """
            @page {
              size: {PAGE}; margin: {TOP} {OUTER} {BOTTOM} {BINDING};
              @bottom-right { content: "— " counter(page) " —"; font-family: {FAMILY}; font-size: {SMALL};
                line-height: {SMALL}; vertical-align: top; padding-top: {NUMBER_DROP}; padding-right: {NUMBER_INSET}; }
              @footnote { margin: 0; padding: 0; }
            }
            @page :left {
              margin-left: {OUTER}; margin-right: {BINDING};
              @bottom-right { content: none; }
              @bottom-left { content: "— " counter(page) " —"; font-family: {FAMILY}; font-size: {SMALL};
                line-height: {SMALL}; vertical-align: top; padding-top: {NUMBER_DROP}; padding-left: {NUMBER_INSET}; }
            }
            """;

    static final String BODY = """
            body { margin: 0; font-family: {FAMILY}; font-size: {CHAR}; line-height: {LINE}; orphans: 1; widows: 1; }
            div { margin: 0; padding: 0; text-align: justify; }
            .blank { height: {LINE}; }
            .head-mark { text-align: left; font-weight: bold; }
            .mark { color: {RED}; text-align: center; font-weight: bold; padding-top: {MARK_DROP}; }
            .number { text-align: center; margin-top: {NUMBER_GAP}; }
            .red-rule { border-top: {RED_RULE} solid {RED}; margin-top: {RED_GAP}; height: 0; line-height: 0; }
            .title { text-align: center; font-size: {TITLE}; font-weight: bold; }
            .title.first { margin-top: {TITLE_GAP}; }
            .addressees { margin-top: {ADDRESSEE_GAP}; }
            .p, .h1, .h2 { text-indent: {INDENT}; }
            .h1, .chapter, .lead, .att-label { font-weight: bold; }
            .lead { margin-right: 1em; }
            .chapter { text-align: center; page-break-after: avoid; }
            .h1, .h2 { page-break-after: avoid; }
            .att-note { margin-top: {NOTE_GAP}; padding-left: {NOTE_HANG}; text-indent: -{NOTE_LABEL}; }
            .att-note-more { padding-left: {NOTE_HANG}; }
            .signature { text-align: right; margin-top: {SIGNATURE_GAP}; page-break-before: avoid; page-break-after: avoid; }
            .date { text-align: right; }
            .note { text-indent: {INDENT}; }
            .attachment { page-break-before: always; }
            """;

    static final String COLOPHON = """
            .colophon { float: footnote; font-size: {SMALL}; line-height: {LINE}; text-indent: 0; text-align: left; }
            .colophon::footnote-call { content: ""; }
            .colophon::footnote-marker { content: ""; }
            .colophon .cc, .colophon .imprint { padding: 0 {INSET}; }
            .colophon .imprint { height: {LINE}; }
            .colophon .cc { padding-left: 4em; text-indent: -3em; }
            .colophon .ruled.first { border-top: {THICK} solid black; }
            .colophon .ruled.between { border-top: {THIN} solid black; }
            .colophon .ruled.last { border-bottom: {THICK} solid black; }
            .colophon .printed-on { float: right; }
            """;

    static final String LETTER_FIRST_PAGE = """
            @page :first {
              margin-top: {LETTER_HEAD};
              @top-center { content: element(letter-head); vertical-align: top; padding-top: {LETTER_TOP}; }
              @bottom-right { content: none; }
              @bottom-center { content: element(letter-foot); vertical-align: top; padding-top: {LETTER_FOOT_DROP}; }
            }
            """;

    static final String LETTER = """
            .letter-mark { color: {RED}; text-align: center; font-weight: bold; }
            .double { margin-left: -{LETTER_OUTSET}; width: {LETTER_RULE}; height: {DOUBLE_GAP}; line-height: 0; }
            .double.head { margin-top: {LETTER_GAP}; border-top: {DOUBLE_THICK} solid {RED}; border-bottom: {DOUBLE_THIN} solid {RED}; }
            .double.foot { border-top: {DOUBLE_THIN} solid {RED}; border-bottom: {DOUBLE_THICK} solid {RED}; }
            .letter-head, .letter-foot { width: {TYPE_WIDTH}; }
            .letter-head { position: running(letter-head); }
            .letter-foot { position: running(letter-foot); }
            .letter-number { text-align: right; }
            """;

    private Css() {
    }
}

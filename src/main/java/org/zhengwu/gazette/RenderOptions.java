package org.zhengwu.gazette;

/**
 * What the printed document adds to its text: the 版头's issuer mark, the 版记, the 附注, and
 * whether a seal will be pressed on the signature.
 *
 * @param issuerMark the issuer mark (发文机关标志), {@code 聊城市人民政府文件}; null takes the
 *                   issuer's name + 文件 for a document with a number, blank prints no 版头
 * @param colophon   the 版记 (抄送, 印发机关和印发日期), null for none
 * @param note       the 附注 below the date, {@code 此件公开发布}, with or without its brackets; null for none
 * @param sealed     true when a seal will be pressed on signature and date (7.3.5.1: the date 4
 *                   characters from the right); false for the unsealed layout (7.3.5.2)
 * @param headMarks  份号, 密级和保密期限, 紧急程度 at the top left of the 版头; never null
 */
public record RenderOptions(String issuerMark, Colophon colophon, String note, boolean sealed, HeadMarks headMarks) {

    public RenderOptions {
        headMarks = headMarks == null ? HeadMarks.NONE : headMarks;
    }

    public RenderOptions(String issuerMark, Colophon colophon, String note, boolean sealed) {
        this(issuerMark, colophon, note, sealed, HeadMarks.NONE);
    }

    /** A gazette document as published: issuer mark from the document, no 版记, no 附注, no seal. */
    public static RenderOptions standard() {
        return new RenderOptions(null, null, null, false);
    }

    /** The same options with the marks at the top left of the 版头 (7.2.1–7.2.3). */
    public RenderOptions withHeadMarks(HeadMarks marks) {
        return new RenderOptions(issuerMark, colophon, note, sealed, marks);
    }

    public RenderOptions withIssuerMark(String mark) {
        return new RenderOptions(mark, colophon, note, sealed, headMarks);
    }

    public RenderOptions withColophon(Colophon value) {
        return new RenderOptions(issuerMark, value, note, sealed, headMarks);
    }

    public RenderOptions withNote(String value) {
        return new RenderOptions(issuerMark, colophon, value, sealed, headMarks);
    }

    /** The same options for a document that will be sealed. */
    public RenderOptions withSeal() {
        return new RenderOptions(issuerMark, colophon, note, true, headMarks);
    }
}

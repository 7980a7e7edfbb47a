package org.zhengwu.gazette.pdf;

import java.util.List;

/**
 * One block of the page: a line or a paragraph, never a container, so that what must follow
 * the last line (the colophon's anchor) can be put inside the last block.
 *
 * @param classes the CSS classes, space-separated
 * @param inner   the markup inside, escaped already
 * @param style   an inline style for numbers computed per block (a mark's size, a signature's indent); empty for none
 */
record Block(String classes, String inner, String style) {

    /** A block of text, escaped here. */
    static Block text(String classes, String text) {
        return new Block(classes, Xhtml.text(text), "");
    }

    /** A block of markup. */
    static Block markup(String classes, String markup) {
        return new Block(classes, markup, "");
    }

    /**
     * One empty line of the grid: a block of one line's height, not a no-break space, which the
     * CJK font lacks and the layout would draw in a fallback font that is not embedded.
     */
    static Block blankLine() {
        return new Block("blank", "", "");
    }

    Block withClass(String more) {
        return new Block(classes + " " + more, inner, style);
    }

    Block withStyle(String value) {
        return new Block(classes, inner, value);
    }

    Block append(String markup) {
        return new Block(classes, inner + markup, style);
    }

    String html() {
        var styleAttribute = style.isEmpty() ? "" : " style=\"" + style + "\"";
        return "<div class=\"" + classes + "\"" + styleAttribute + ">" + inner + "</div>";
    }

    /** The blocks with markup appended inside the last one (a blank line when there is none). */
    static List<Block> appendToLast(List<Block> blocks, String markup) {
        var all = new java.util.ArrayList<>(blocks.isEmpty() ? List.of(blankLine()) : blocks);
        all.set(all.size() - 1, all.getLast().append(markup));
        return all;
    }

    /** The blocks as the body of an XHTML page with the stylesheet; the title becomes the PDF's. */
    static String page(String css, String title, List<Block> blocks) {
        var body = new StringBuilder();
        blocks.forEach(b -> body.append(b.html()).append('\n'));
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/>"
                + "<title>" + Xhtml.text(title) + "</title><meta name=\"subject\" content=\"" + Xhtml.text(title) + "\"/><style>\n"
                + css + "</style></head>\n<body>\n" + body + "</body></html>";
    }
}

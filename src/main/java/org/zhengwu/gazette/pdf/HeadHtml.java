package org.zhengwu.gazette.pdf;

import static org.zhengwu.gazette.pdf.GbT9704.LINE_PT;
import static org.zhengwu.gazette.pdf.GbT9704.MARK_DROP_MM;
import static org.zhengwu.gazette.pdf.GbT9704.MARK_MAX_PT;
import static org.zhengwu.gazette.pdf.GbT9704.MARK_MIN_PT;
import static org.zhengwu.gazette.pdf.GbT9704.PT_PER_MM;
import static org.zhengwu.gazette.pdf.GbT9704.TYPE_WIDTH_MM;

import java.util.ArrayList;
import java.util.List;
import org.zhengwu.gazette.HeadMarks;

/**
 * The 版头 (7.2): 份号, 密级和保密期限 and 紧急程度 at the top left when the document carries them,
 * the red issuer mark, the document number and the red line below it.
 */
final class HeadHtml {

    private HeadHtml() {
    }

    /** The document layout's head; a missing number keeps its line, so the red line stays in place. */
    static List<Block> document(String mark, String docNumber, HeadMarks marks) {
        var blocks = new ArrayList<Block>();
        var lines = marks.lines();
        lines.forEach(line -> blocks.add(line == null ? Block.blankLine() : Block.text("head-mark", line)));
        // 7.2.4: the mark's top edge stays 35 mm below the type area; the marks' lines are within that drop
        var drop = MARK_DROP_MM * PT_PER_MM - lines.size() * LINE_PT;
        blocks.add(lines.isEmpty() ? mark("mark", mark) : mark("mark", mark).withStyle(
                mark("mark", mark).style() + " padding-top: " + Stylesheet.pt(drop) + ";"));
        blocks.add(docNumber == null ? Block.blankLine().withClass("number") : Block.text("number", docNumber));
        blocks.add(Block.markup("red-rule", ""));
        return blocks;
    }

    /** The issuer mark in red, as large as the type area's width allows, up to 初号. */
    static Block mark(String cssClass, String mark) {
        var size = markSize(mark);
        return Block.text(cssClass, mark).withStyle(
                "font-size: " + Stylesheet.pt(size) + "; line-height: " + Stylesheet.pt(size) + ";");
    }

    static double markSize(String mark) {
        double fit = TYPE_WIDTH_MM * PT_PER_MM / Math.max(1, Widths.em(mark));
        return Math.max(MARK_MIN_PT, Math.min(MARK_MAX_PT, Math.floor(fit)));
    }
}

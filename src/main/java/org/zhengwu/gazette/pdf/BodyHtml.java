package org.zhengwu.gazette.pdf;

import java.util.ArrayList;
import java.util.List;
import org.zhengwu.gazette.domain.model.Unit;
import org.zhengwu.gazette.domain.model.UnitType;

/**
 * The body (正文, 7.3.3) from the parsed structure: paragraphs indented 2 characters; 第X章 and
 * 第X节 centred; 第X条 in bold at the head of its paragraph; the levels 一、 (bold, for 黑体) and
 * （一） 1. （1） as lines of their own when they carry a heading, else at the head of their text.
 */
final class BodyHtml {

    /** Between a number and its heading or text, as the gazette prints 第一条　and 第一章　总则. */
    static final String GAP = "　";

    private BodyHtml() {
    }

    static List<Block> of(List<Unit> units) {
        var blocks = new ArrayList<Block>();
        var notes = new ArrayList<Unit>();
        for (var unit : units) {
            if (AttachmentHtml.isNote(unit)) {
                notes.add(unit);
                continue;
            }
            blocks.addAll(AttachmentHtml.notes(notes));
            notes.clear();
            blocks.addAll(unit(unit));
        }
        blocks.addAll(AttachmentHtml.notes(notes));
        return blocks;
    }

    private static List<Block> unit(Unit u) {
        return switch (u.type()) {
            case ATTACHMENT -> AttachmentHtml.section(u);
            case PART, CHAPTER -> centred(u);
            case SECTION -> u.num() != null && u.num().startsWith("第") ? centred(u) : numbered("h1", u);
            case ARTICLE -> article(u);
            case ITEM -> numbered("h2", u);
            case PARAGRAPH, SUBITEM, POINT -> numbered("p", u);
        };
    }

    private static List<Block> centred(Unit u) {
        var line = join(u.num(), GAP, u.heading());
        return then(line.isEmpty() ? List.of() : List.of(Block.text("chapter", line)), u);
    }

    /**
     * 第X条 in bold, then the text after the width of one character: a margin rather than a
     * full-width space, because justification would widen a space alone when a line falls short.
     */
    private static List<Block> article(Unit u) {
        var lead = Xhtml.span("lead", Xhtml.text(join(u.num(), GAP, u.heading())));
        var text = u.text() == null ? "" : u.text().strip();
        return withChildren(List.of(Block.markup("p", lead + Xhtml.text(text))), u);
    }

    /** A heading on its own line in the level's style, or the number at the head of the text. */
    private static List<Block> numbered(String headingClass, Unit u) {
        if (u.heading() != null && !u.heading().isBlank()) {
            return then(List.of(Block.text(headingClass, join(u.num(), "", u.heading()))), u);
        }
        var line = join(u.num(), "", u.text());
        return withChildren(line.isEmpty() ? List.of() : List.of(Block.text("p", line)), u);
    }

    /** The heading's blocks, then the unit's own text as a paragraph, then its children. */
    private static List<Block> then(List<Block> heading, Unit u) {
        var blocks = new ArrayList<>(heading);
        if (u.text() != null && !u.text().isBlank()) {
            blocks.add(Block.text("p", u.text().strip()));
        }
        return withChildren(blocks, u);
    }

    private static List<Block> withChildren(List<Block> own, Unit u) {
        if (u.children().isEmpty()) {
            return own;
        }
        var blocks = new ArrayList<>(own);
        blocks.addAll(of(u.children()));
        return blocks;
    }

    static String join(String num, String gap, String rest) {
        var n = num == null ? "" : num.strip();
        var r = rest == null ? "" : rest.strip();
        return n.isEmpty() || r.isEmpty() ? n + r : n + gap + r;
    }

    /** Whether a unit is an attachment printed on pages of its own rather than in the body's flow. */
    static boolean isAttachedText(Unit u) {
        return u.type() == UnitType.ATTACHMENT && !AttachmentHtml.isNote(u);
    }
}

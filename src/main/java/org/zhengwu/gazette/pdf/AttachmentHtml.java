package org.zhengwu.gazette.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.zhengwu.gazette.domain.model.Unit;
import org.zhengwu.gazette.domain.model.UnitType;

/**
 * Attachments: a listed attachment without text is a line of the 附件说明 (7.3.4); one with text,
 * or a text the document issues (印发), starts a page of its own with its label and title (7.3.9).
 */
final class AttachmentHtml {

    private static final Pattern NUMBER = Pattern.compile("附件\\s*(\\d+)");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[。；;，,]+$");

    private AttachmentHtml() {
    }

    static boolean isNote(Unit u) {
        return u.type() == UnitType.ATTACHMENT && u.children().isEmpty() && (u.text() == null || u.text().isBlank());
    }

    /**
     * The 附件说明: {@code 附件：名称} for one; {@code 附件：1.名称} with the next names below the
     * first, numbered, for several; no punctuation after a name.
     */
    static List<Block> notes(List<Unit> notes) {
        var blocks = new ArrayList<Block>();
        for (int i = 0; i < notes.size(); i++) {
            var name = name(notes.get(i));
            if (notes.size() == 1) {
                blocks.add(Block.text("att-note", "附件：" + name));
            } else {
                var numbered = number(notes.get(i), i + 1) + "." + name;
                blocks.add(i == 0 ? Block.text("att-note", "附件：" + numbered) : Block.text("att-note-more", numbered));
            }
        }
        return blocks;
    }

    /** An attachment with its own pages: label (附件1) on the first line, title on the third (7.3.9), a blank line, the text. */
    static List<Block> section(Unit u) {
        var blocks = new ArrayList<Block>();
        var label = u.num() == null ? "" : u.num().strip();
        if (!label.isEmpty()) {
            blocks.add(Block.text("att-label", label));
            blocks.add(Block.blankLine());
        }
        if (u.heading() != null && !u.heading().isBlank()) {
            blocks.addAll(TitleHtml.of(u.heading(), ""));
            blocks.add(Block.blankLine());
        }
        if (u.text() != null && !u.text().isBlank()) {
            blocks.add(Block.text("p", u.text().strip()));
        }
        blocks.addAll(BodyHtml.of(u.children()));
        if (blocks.isEmpty()) {
            return blocks;
        }
        blocks.set(0, blocks.get(0).withClass("attachment"));
        return blocks;
    }

    private static String name(Unit u) {
        var name = u.heading() != null ? u.heading() : u.num() == null ? "" : u.num();
        return END_PUNCTUATION.matcher(name.strip()).replaceAll("");
    }

    private static String number(Unit u, int position) {
        var m = u.num() == null ? null : NUMBER.matcher(u.num());
        return m != null && m.find() ? m.group(1) : String.valueOf(position);
    }
}

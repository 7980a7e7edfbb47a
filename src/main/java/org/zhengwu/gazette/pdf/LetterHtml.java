package org.zhengwu.gazette.pdf;

import java.util.ArrayList;
import org.zhengwu.gazette.LetterContent;

/**
 * A letter as the XHTML of the 信函格式 (10.1): the red mark at the top of the first page, a red
 * double line (thick over thin) below it, the number flush right beneath, the title two lines
 * lower; a red double line (thin over thick) near the foot of the first page, which has no page
 * number; 抄送 at the foot of the last page without lines.
 */
final class LetterHtml {

    private LetterHtml() {
    }

    static String of(LetterContent letter) {
        var mark = HeadHtml.mark("letter-mark", letter.issuerMark());
        var blocks = new ArrayList<Block>();
        blocks.add(Block.markup("letter-head", mark.html() + Block.markup("double head", "").html()));
        blocks.add(Block.markup("letter-foot", Block.markup("double foot", "").html()));
        blocks.add(letter.docNumber() == null ? Block.blankLine().withClass("letter-number") : Block.text("letter-number", letter.docNumber()));
        blocks.addAll(TitleHtml.of(letter.title(), "first"));
        blocks.addAll(DocumentHtml.addressees(letter.addressees()));
        letter.paragraphs().stream().filter(p -> !p.isBlank()).forEach(p -> blocks.add(Block.text("p", p.strip())));
        blocks.addAll(ClosingHtml.signature(letter.signature(), letter.date(), false));
        blocks.addAll(ClosingHtml.note(letter.note()));
        return Block.page(Stylesheet.letter(HeadHtml.markSize(letter.issuerMark())), letter.title(), Block.appendToLast(blocks, ColophonHtml.letter(letter.copyTo())));
    }
}

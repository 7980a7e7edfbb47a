package org.zhengwu.gazette.pdf;

import java.util.ArrayList;
import java.util.List;
import org.zhengwu.gazette.RenderOptions;
import org.zhengwu.gazette.domain.model.ParsedDocument;

/**
 * A parsed document as the XHTML of the document layout (公文格式): 版头, title, addressees,
 * body, signature and date, 附注, then each text it issues on pages of its own, and the 版记 at
 * the foot of the last page.
 */
final class DocumentHtml {

    private DocumentHtml() {
    }

    static String of(ParsedDocument doc, RenderOptions options) {
        var mark = mark(doc, options);
        var blocks = new ArrayList<Block>();
        if (mark != null) {
            blocks.addAll(HeadHtml.document(mark, doc.docNumber() == null ? null : doc.docNumber().toString(), options.headMarks()));
        }
        var title = title(doc);
        blocks.addAll(TitleHtml.of(title, mark == null ? "" : "first"));
        blocks.addAll(addressees(doc.addressees()));
        blocks.addAll(BodyHtml.of(doc.units().stream().filter(u -> !BodyHtml.isAttachedText(u)).toList()));
        blocks.addAll(ClosingHtml.signature(signature(doc), doc.signedDate(), options.sealed()));
        blocks.addAll(ClosingHtml.note(options.note()));
        blocks.addAll(BodyHtml.of(doc.units().stream().filter(BodyHtml::isAttachedText).toList()));
        return Block.page(Stylesheet.document(), title, Block.appendToLast(blocks, ColophonHtml.document(options.colophon())));
    }

    /** The option's mark; else the issuer + 文件 for a numbered document; none when blank or unknown. */
    static String mark(ParsedDocument doc, RenderOptions options) {
        if (options.issuerMark() != null) {
            return options.issuerMark().isBlank() ? null : options.issuerMark().strip();
        }
        return doc.issuer() != null && doc.docNumber() != null ? doc.issuer() + "文件" : null;
    }

    /**
     * The title as printed (7.3.1: 发文机关名称 + 事由 + 文种): the parse keeps a 关于… title without
     * the issuer, as the catalogue prints it, so the issuer is put back in front.
     */
    static String title(ParsedDocument doc) {
        var title = doc.title() == null ? "" : doc.title().strip();
        var issuer = doc.issuer();
        return issuer != null && title.startsWith("关于") ? issuer + title : title;
    }

    /** The name signed: the signer the text gives, else the issuer of a dated document; none for an unsigned text. */
    static String signature(ParsedDocument doc) {
        if (doc.signer() != null) {
            return doc.signer();
        }
        return doc.signedDate() != null ? doc.issuer() : null;
    }

    /** The main recipients flush left, separated by ，, a full-width colon after the last (7.3.2). */
    static List<Block> addressees(List<String> addressees) {
        if (addressees.isEmpty()) {
            return List.of();
        }
        return List.of(Block.text("addressees", String.join("，", addressees) + "："));
    }
}

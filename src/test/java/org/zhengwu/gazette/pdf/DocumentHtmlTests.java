package org.zhengwu.gazette.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.gazette.Colophon;
import org.zhengwu.gazette.RenderOptions;
import org.zhengwu.gazette.domain.model.DocNumber;
import org.zhengwu.gazette.domain.model.DocumentKind;
import org.zhengwu.gazette.domain.model.ParsedDocument;
import org.zhengwu.gazette.domain.model.Unit;
import org.zhengwu.gazette.domain.model.UnitType;

/** The XHTML a document becomes: which parts, in which order, with which styles. */
class DocumentHtmlTests {

    static Unit unit(UnitType type, String num, String heading, String text, Unit... children) {
        return new Unit(type, num, heading, text, type.eIdPrefix(), 1, List.of(children));
    }

    static ParsedDocument notice(List<Unit> units) {
        return new ParsedDocument(new DocNumber("国办发", 2022, 3), "国务院办公厅", "关于进一步优化营商环境的意见", DocumentKind.OPINION,
                null, LocalDate.of(2022, 9, 7), "2022年9月7日", null, List.of("各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"),
                null, null, units, List.of(), List.of(), List.of(), List.of(), null, 1);
    }

    final ParsedDocument opinion = notice(List.of(
            unit(UnitType.PARAGRAPH, null, null, "为进一步优化营商环境，经国务院同意，现提出以下意见。"),
            unit(UnitType.SECTION, "一、", "总体要求", null, unit(UnitType.PARAGRAPH, null, null, "坚持以人民为中心。")),
            unit(UnitType.SECTION, "二、", "重点任务", null,
                    unit(UnitType.ITEM, "（一）", "深化改革", null, unit(UnitType.SUBITEM, "1.", null, "简化审批。")),
                    unit(UnitType.ITEM, "（二）", null, "加强监管。规范执法。")),
            unit(UnitType.ATTACHMENT, "附件1", "重点任务分工表", null),
            unit(UnitType.ATTACHMENT, "附件2", "政策清单。", null),
            unit(UnitType.ATTACHMENT, null, "优化营商环境实施细则", null,
                    unit(UnitType.CHAPTER, "第一章", "总则", null, unit(UnitType.ARTICLE, "第一条", null, "为了优化营商环境，制定本细则。")))));

    final String html = DocumentHtml.of(opinion, RenderOptions.standard().withNote("此件公开发布")
            .withColophon(new Colophon(List.of("全国人大常委会办公厅"), "国务院办公厅", LocalDate.of(2022, 9, 8))));

    @Test
    void putsTheHeadTitleAndAddresseesFirst() {
        assertThat(html).containsSubsequence("class=\"mark\"", "国务院办公厅文件", "class=\"number\"", "国办发〔2022〕3号", "class=\"red-rule\"",
                "class=\"title first\"", "国务院办公厅关于进一步优化营商环境的意见",
                "class=\"addressees\"", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：");
    }

    @Test
    @DisplayName("7.3.3 层次序数: 一、 bold on its own line, （一） with a heading on its own line, else at the head of its text")
    void laysOutTheLevelsOfHeadings() {
        assertThat(html).containsSubsequence("<div class=\"h1\">一、总体要求</div>", "<div class=\"p\">坚持以人民为中心。</div>",
                "<div class=\"h2\">（一）深化改革</div>", "<div class=\"p\">1.简化审批。</div>", "<div class=\"p\">（二）加强监管。规范执法。</div>");
    }

    @Test
    @DisplayName("7.3.4 附件说明: 附件：1.名称, the next name below it, no punctuation after a name")
    void listsTheAttachmentsBeforeTheSignature() {
        assertThat(html).containsSubsequence("<div class=\"att-note\">附件：1.重点任务分工表</div>",
                "<div class=\"att-note-more\">2.政策清单</div>", "class=\"signature\"", "国务院办公厅", "class=\"date\"", "2022年9月7日",
                "<div class=\"note\">（此件公开发布）</div>");
    }

    @Test
    @DisplayName("7.3.9 a text the document issues starts a page of its own, after the signature")
    void printsAnIssuedTextOnPagesOfItsOwnAfterTheSignature() {
        assertThat(html).containsSubsequence("（此件公开发布）", "<div class=\"title attachment\">优化营商环境实施细则</div>",
                "<div class=\"blank\"></div>", "<div class=\"chapter\">第一章　总则</div>",
                "<div class=\"p\"><span class=\"lead\">第一条</span>为了优化营商环境，制定本细则。");
    }

    @Test
    @DisplayName("7.4 版记: a footnote of the last block, 抄送 then 印发, thick lines first and last, thin between")
    void endsWithTheColophonInsideTheLastBlock() {
        assertThat(html).containsSubsequence("为了优化营商环境，制定本细则。<span class=\"colophon\">",
                "<div class=\"cc ruled first\">抄送：全国人大常委会办公厅。</div>",
                "<div class=\"imprint ruled between last\"><span class=\"printed-on\">2022年9月8日印发</span>国务院办公厅</div>",
                "</span></div>\n</body>");
    }

    @Test
    void derivesTheMarkFromTheIssuerOnlyForANumberedDocumentAndAcceptsNone() {
        assertThat(DocumentHtml.mark(opinion, RenderOptions.standard())).isEqualTo("国务院办公厅文件");
        assertThat(DocumentHtml.mark(opinion, RenderOptions.standard().withIssuerMark("国务院办公厅"))).isEqualTo("国务院办公厅");
        assertThat(DocumentHtml.mark(opinion, RenderOptions.standard().withIssuerMark(""))).isNull();
        var unnumbered = new ParsedDocument(null, "国务院办公厅", "大事记", DocumentKind.CHRONICLE, null, null, null, null, List.of(),
                null, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, 1);
        assertThat(DocumentHtml.mark(unnumbered, RenderOptions.standard())).isNull();
        var body = DocumentHtml.of(unnumbered, RenderOptions.standard()).split("<body>")[1];
        assertThat(body).doesNotContain("class=\"mark\"").doesNotContain("signature").startsWith("\n<div class=\"title\">大事记");
    }

    @Test
    void escapesTextForTheXmlParser() {
        var doc = notice(List.of(unit(UnitType.PARAGRAPH, null, null, "A&B <c> \"d\"\u0001\uFFFF" + (char) 0xD800)));
        assertThat(DocumentHtml.of(doc, RenderOptions.standard())).contains("A&amp;B &lt;c&gt; &quot;d&quot;</div>");
    }

    @Test
    void sizesTheMarkToTheTypeAreaBetweenTwoAndFortyTwoPoints() {
        assertThat(HeadHtml.markSize("聊城市人民政府文件")).isEqualTo(42);
        assertThat(HeadHtml.markSize("聊城市人民政府办公室聊城市财政局聊城市自然资源和规划局文件")).isLessThan(42).isGreaterThanOrEqualTo(22);
        assertThat(HeadHtml.markSize("很长".repeat(40))).isEqualTo(22);
    }
}

package org.zhengwu.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhengwu.gazette.PdfInspection.compact;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.gazette.domain.text.ChineseNumber;

/** The seed's rules as GB/T 9704 PDFs: they open, are A4, embed the font and hold the whole text in order. */
class GazettePdfTests {

    static final Pattern ARTICLE_LEAD = Pattern.compile("(?m)^第([〇零一二三四五六七八九十百]+)条");

    @Test
    void theWorkRulesOpenAsA4PagesWithTheChineseFontEmbedded() throws IOException {
        try (var doc = PdfInspection.open(RenderedSeed.pdf(RenderedSeed.WORK_RULES))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(20);
            for (var page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).isTrue();
                    assertThat(font.getName()).endsWith("+WenQuanYiZenHei");   // a subset: ABCDEF+Name
                    assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
                }
            }
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("聊城市人民政府关于印发聊城市人民政府工作规则的通知");
        }
    }

    @Test
    @DisplayName("工作规则: title, number, date and 第一条…第八十九条 in order")
    void theWorkRulesHoldTitleNumberDateAndEveryArticleInOrder() {
        var text = PdfInspection.text(RenderedSeed.pdf(RenderedSeed.WORK_RULES));
        assertThat(compact(text)).contains("聊城市人民政府文件", "聊政发〔2022〕4号",
                "聊城市人民政府关于印发聊城市人民政府工作规则的通知", "各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：",
                "聊城市人民政府2022年3月8日", "第一章总则", "第十三章");
        assertThat(articleNumbers(text)).isEqualTo(IntStream.rangeClosed(1, 89).boxed().toList());
        assertThat(compact(text).indexOf("2022年3月8日")).isLessThan(compact(text).indexOf("聊城市人民政府工作规则第一章"));
    }

    @Test
    @DisplayName("应急救援队伍细则: title, number, date and 34 articles in order")
    void theRescueTeamRulesHoldTitleNumberDateAndTheirArticles() {
        var text = PdfInspection.text(RenderedSeed.pdf(RenderedSeed.RESCUE_RULES));
        assertThat(compact(text)).contains("聊城市人民政府办公室文件", "聊政办字〔2022〕8号",
                "聊城市人民政府办公室关于印发聊城市市级专业应急救援队伍建设管理实施细则的通知", "2022年3月23日",
                "第六章附则", "48学时");
        assertThat(articleNumbers(text)).isEqualTo(IntStream.rangeClosed(1, 34).boxed().toList());
    }

    @Test
    void aDocumentWithoutNumberHasNoHeadAndStartsWithItsTitle() {
        var chronicle = SeedGazette.parsed().documents().getLast();
        var pdf = GazettePdf.standalone().render(chronicle, null);
        var firstLine = PdfInspection.lines(pdf, 1).stream().filter(l -> l.size() > 20).findFirst().orElseThrow();
        assertThat(firstLine.text()).startsWith("聊城市人民政府大事记");
        assertThat(PdfInspection.text(pdf)).doesNotContain("文件");
    }

    @Test
    @DisplayName("7.3.6 附注 and 7.4 版记: below the date; 抄送 and 印发 at the foot of the last page")
    void printsTheNoteAndTheColophonAtTheFootOfTheLastPage() throws IOException {
        var pdf = RenderedSeed.workRulesPrinted();
        assertThat(compact(PdfInspection.text(pdf, 1, 1))).contains("2022年3月8日（此件公开发布）");
        int last;
        try (var doc = PdfInspection.open(pdf)) {
            last = doc.getNumberOfPages();
        }
        var lines = PdfInspection.lines(pdf, last);
        var imprint = lines.stream().filter(l -> l.text().contains("印发")).findFirst().orElseThrow();
        assertThat(compact(imprint.text())).isEqualTo("聊城市人民政府办公室2022年3月8日印发");
        assertThat(lines.stream().filter(l -> l.text().startsWith("抄送：")).findFirst().orElseThrow().text())
                .startsWith("抄送：市委各部门，市人大常委会办公室");
        double typeAreaBottom = (37 + 225) * PdfInspection.PT_PER_MM;
        assertThat(imprint.y()).isBetween(typeAreaBottom - 29, typeAreaBottom);
        assertThat(PdfInspection.text(RenderedSeed.pdf(RenderedSeed.WORK_RULES))).doesNotContain("抄送：").doesNotContain("日印发");
    }

    static List<Integer> articleNumbers(String text) {
        var numbers = new ArrayList<Integer>();
        var m = ARTICLE_LEAD.matcher(text);
        while (m.find()) {
            numbers.add(ChineseNumber.parse(m.group(1)).orElseThrow());
        }
        return numbers;
    }
}

package org.zhengwu.gazette.domain.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengwu.gazette.domain.model.DocumentKind;
import org.zhengwu.gazette.domain.model.ParseWarning;
import org.zhengwu.gazette.domain.model.ParsedGazette;
import org.zhengwu.gazette.domain.model.Unit;
import org.zhengwu.gazette.domain.model.UnitType;

/**
 * Documents of forms the seed does not show, from synthetic texts written in the style of real
 * ones (src/test/resources/gazette): the parser works on forms, not on the seed.
 */
class SyntheticDocumentsTests {

    private final GazetteParser parser = new GazetteParser();

    private ParsedGazette parse(String resource) throws IOException {
        try (var in = getClass().getResourceAsStream("/gazette/" + resource)) {
            return parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void readsAStateCouncilOpinionWithItsNumberingAndLeadAnnotations() throws IOException {
        var parsed = parse("state-council-opinion.txt");
        assertThat(parsed.issue()).isNull();
        assertThat(parsed.documents()).hasSize(1);
        var doc = parsed.documents().get(0);
        assertThat(doc.docNumber().toString()).isEqualTo("国发〔2004〕10号");
        assertThat(doc.issuer()).isEqualTo("国务院");
        assertThat(doc.title()).isEqualTo("关于推进示范领域改革的意见");
        assertThat(doc.kind()).isEqualTo(DocumentKind.OPINION);
        assertThat(doc.addressees()).containsExactly("各省、自治区、直辖市人民政府", "国务院各部委、各直属机构");
        assertThat(doc.signedDate()).isEqualTo(LocalDate.of(2004, 6, 26));
        assertThat(doc.units()).extracting(Unit::type).contains(UnitType.SECTION);
        assertThat(doc.allUnits().filter(u -> "1.".equals(u.num())).findFirst().orElseThrow().eId()).isEqualTo("sec_2__item_3__subitem_1");
        var tasks = doc.tasks();
        assertThat(tasks).hasSize(4);
        assertThat(tasks.get(0).leadUnits()).containsExactly("人力资源社会保障部");
        assertThat(tasks.get(0).responsibleUnits()).containsExactly("财政部");
        assertThat(tasks.get(0).deadline()).isEqualTo(LocalDate.of(2005, 12, 31));
        assertThat(tasks.get(1).leadUnits()).containsExactly("人力资源社会保障部");
        assertThat(tasks.get(2).leadUnits()).containsExactly("市场监管总局");
        assertThat(tasks.get(2).deadline()).isEqualTo(LocalDate.of(2005, 6, 30));
        assertThat(tasks.get(3).leadUnits()).containsExactly("国家发展改革委");
        assertThat(tasks.get(3).responsibleUnits()).containsExactly("各有关部门");
    }

    @Test
    void removesZeroWidthSpaces() throws IOException {
        var doc = parse("state-council-opinion.txt").documents().get(0);
        assertThat(doc.title()).doesNotContain("\u200b");
        assertThat(doc.allUnits().map(Unit::text)).noneMatch(t -> t.contains("\u200b"));
    }

    @Test
    void readsARegulationWithSpacedChapterHeadingsAndAChineseNumeralDate() throws IOException {
        var parsed = parse("regulation-with-spaces.txt");
        var doc = parsed.documents().get(0);
        assertThat(parsed.issue()).isNull();
        assertThat(doc.docNumber()).isNull();
        assertThat(doc.title()).isEqualTo("示范市公共场所管理办法");
        assertThat(doc.kind()).isEqualTo(DocumentKind.RULES);
        assertThat(doc.units()).extracting(Unit::num, Unit::heading)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("第一章", "总则"),
                        org.assertj.core.groups.Tuple.tuple("第二章", "管理"), org.assertj.core.groups.Tuple.tuple("第四章", "附则"));
        assertThat(doc.effectiveFrom()).isEqualTo(LocalDate.of(2005, 1, 1));
        assertThat(doc.effectiveUntil()).isEqualTo(LocalDate.of(2009, 12, 31));
        var art3 = doc.allUnits().filter(u -> "第三条".equals(u.num())).findFirst().orElseThrow();
        assertThat(art3.children()).extracting(Unit::eId).containsExactly("chp_2__art_3__item_1", "chp_2__art_3__item_2", "chp_2__art_3__item_3");
        var art4 = doc.allUnits().filter(u -> "第四条".equals(u.num())).findFirst().orElseThrow();
        assertThat(art4.children()).extracting(Unit::type, Unit::eId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(UnitType.PARAGRAPH, "chp_2__art_4__para_1"));
        assertThat(parsed.warnings()).extracting(ParseWarning::code).containsExactly("gazette.warning.chapter-gap");
    }

    @Test
    void keepsArticlesBeforeTheFirstChapterAndReportsAMissingChapter() throws IOException {
        var parsed = parse("articles-before-first-chapter.txt");
        var doc = parsed.documents().get(0);
        assertThat(doc.units()).extracting(Unit::type).containsExactly(UnitType.ARTICLE, UnitType.ARTICLE, UnitType.CHAPTER, UnitType.CHAPTER);
        assertThat(doc.allUnits().filter(u -> u.type() == UnitType.ARTICLE)).hasSize(4);
        assertThat(parsed.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("gazette.warning.chapter-gap");
            assertThat(w.message()).contains("第1章之后为第3章");
            assertThat(w.line()).isEqualTo(11);
        });
    }

    @Test
    void readsANoticeWithoutANumber() throws IOException {
        var doc = parse("notice-without-number.txt").documents().get(0);
        assertThat(doc.docNumber()).isNull();
        assertThat(doc.issuer()).isEqualTo("示范县人民政府办公室");
        assertThat(doc.title()).isEqualTo("关于做好示范工作的通知");
        assertThat(doc.kind()).isEqualTo(DocumentKind.NOTICE);
        assertThat(doc.addressees()).containsExactly("各乡镇人民政府", "县政府各部门");
        assertThat(doc.signedDate()).isEqualTo(LocalDate.of(2023, 1, 5));
        assertThat(doc.units()).extracting(Unit::eId).containsExactly("para_1", "sec_1", "sec_2");
    }

    @Test
    void numbersArticlesBeyondOneHundredAndNinetyNine() {
        var text = new StringBuilder("示范市综合管理条例\n\n第一章 总则\n\n");
        for (int n = 1; n <= 205; n++) {
            text.append("第").append(ChineseNumerals.of(n)).append("条 本条规定第").append(n).append("项事务。\n\n");
        }
        var doc = parser.parse(text.toString()).documents().get(0);
        var articles = doc.allUnits().filter(u -> u.type() == UnitType.ARTICLE).toList();
        assertThat(articles).hasSize(205);
        assertThat(articles.get(198).num()).isEqualTo("第一百九十九条");
        assertThat(articles.get(198).eId()).isEqualTo("chp_1__art_199");
        assertThat(articles.get(204).eId()).isEqualTo("chp_1__art_205");
        assertThat(doc.kind()).isEqualTo(DocumentKind.REGULATION);
    }

    @Test
    void readsADocumentNumberWrittenWithOtherBrackets() {
        var doc = parser.parse("示范市人民政府文件\n示府发[2021]7号\n示范市人民政府关于示范事项的通知\n各区人民政府：\n现通知如下。\n").documents().get(0);
        assertThat(doc.docNumber().toString()).isEqualTo("示府发〔2021〕7号");
        assertThat(doc.issuer()).isEqualTo("示范市人民政府");
    }

    /** Chinese numerals for the test's own input, written the way documents write them. */
    static final class ChineseNumerals {
        private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

        static String of(int n) {
            if (n < 10) {
                return DIGITS[n];
            }
            if (n < 20) {
                return "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
            }
            if (n < 100) {
                return DIGITS[n / 10] + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
            }
            int rest = n % 100;
            var tail = rest == 0 ? "" : rest < 10 ? "零" + DIGITS[rest] : rest < 20 ? "一" + of(rest) : of(rest);
            return DIGITS[n / 100] + "百" + tail;
        }
    }
}

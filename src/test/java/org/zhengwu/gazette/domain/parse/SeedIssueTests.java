package org.zhengwu.gazette.domain.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhengwu.gazette.SeedGazette.document;
import static org.zhengwu.gazette.SeedGazette.parsed;
import static org.zhengwu.gazette.SeedGazette.units;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.gazette.domain.model.DocumentKind;
import org.zhengwu.gazette.domain.model.ParsedDocument;
import org.zhengwu.gazette.domain.model.TocEntry;
import org.zhengwu.gazette.domain.model.UnitType;
import org.zhengwu.gazette.domain.text.ChineseNumber;

/** The seed issue: its header, catalogue, documents and the rules' structure. */
class SeedIssueTests {

    @Test
    void readsTheIssueHeader() {
        var issue = parsed().issue();
        assertThat(issue.title()).isEqualTo("聊城市人民政府公报");
        assertThat(issue.year()).isEqualTo(2022);
        assertThat(issue.number()).isEqualTo(3);
        assertThat(issue.serial()).isEqualTo(228);
    }

    @Test
    void readsTheCatalogueWithNineEntriesAndTheirPages() {
        var toc = parsed().toc();
        assertThat(toc).hasSize(9);
        assertThat(toc).extracting(TocEntry::page).containsExactly(2, 14, 17, 22, 25, 30, 34, 35, 36);
        assertThat(toc).extracting(TocEntry::section).containsExactly("市政府文件", "市政府办公室文件", "市政府办公室文件",
                "市政府办公室文件", "市政府办公室文件", "市政府办公室文件", "政务动态", "政务动态", "政务动态");
        assertThat(toc.get(8).docNumber()).isNull();
        assertThat(toc.get(8).title()).isEqualTo("聊城市人民政府大事记（2022年3月）");
    }

    @Test
    void findsTheNineDocumentsInTheOrderAndWithTheNumbersOfTheCatalogue() {
        var documents = parsed().documents();
        assertThat(documents).hasSize(9);
        assertThat(documents).extracting(d -> d.docNumber() == null ? null : d.docNumber().toString())
                .containsExactlyElementsOf(parsed().toc().stream()
                        .map(e -> e.docNumber() == null ? null : e.docNumber().toString()).toList());
        assertThat(documents).extracting(ParsedDocument::page).containsExactly(2, 14, 17, 22, 25, 30, 34, 35, 36);
        assertThat(documents).extracting(ParsedDocument::title)
                .containsExactlyElementsOf(parsed().toc().stream().map(TocEntry::title).toList());
    }

    @Test
    void parsesTheSeedWithoutWarnings() {
        assertThat(parsed().warnings()).isEmpty();
    }

    @Test
    void readsIssuersKindsSignedDatesAndAddressees() {
        var rules = document("聊政发〔2022〕4号");
        assertThat(rules.issuer()).isEqualTo("聊城市人民政府");
        assertThat(rules.kind()).isEqualTo(DocumentKind.NOTICE);
        assertThat(rules.issuedKind()).isEqualTo(DocumentKind.RULES);
        assertThat(rules.signedDate()).isEqualTo(LocalDate.of(2022, 3, 8));
        assertThat(rules.addressees()).containsExactly("各县（市、区）人民政府", "市属开发区管委会", "市政府各部门、直属机构");
        var openness = document("聊政办发〔2022〕1号");
        assertThat(openness.issuer()).isEqualTo("聊城市人民政府办公室");
        assertThat(openness.signedDate()).isEqualTo(LocalDate.of(2022, 3, 30));
        assertThat(openness.issuedKind()).isEqualTo(DocumentKind.PLAN);
        assertThat(document("聊政办字〔2022〕7号").signedDate()).isEqualTo(LocalDate.of(2022, 3, 20));
        assertThat(document("聊政任〔2022〕9号").kind()).isEqualTo(DocumentKind.APPOINTMENT);
        assertThat(parsed().documents().get(8).kind()).isEqualTo(DocumentKind.CHRONICLE);
        assertThat(parsed().documents().get(8).issuer()).isEqualTo("聊城市人民政府");
    }

    @Test
    void keepsTheNoticesOpeningMendedFromTheTwoColumnPage() {
        var rules = document("聊政发〔2022〕4号");
        assertThat(rules.units().get(0).type()).isEqualTo(UnitType.PARAGRAPH);
        assertThat(rules.units().get(0).text()).isEqualTo("现将《聊城市人民政府工作规则》印发给你们，请认真遵照执行。");
        assertThat(rules.units().get(1).type()).isEqualTo(UnitType.ATTACHMENT);
        assertThat(rules.units().get(1).heading()).isEqualTo("聊城市人民政府工作规则");
    }

    @Test
    @DisplayName("WR: 13 chapters, 第一条…第八十九条 in order, reachable under the notice")
    void theWorkRulesHaveThirteenChaptersAndEightyNineArticlesInOrder() {
        var rules = document("聊政发〔2022〕4号");
        assertThat(units(rules, UnitType.CHAPTER)).hasSize(13);
        var articles = units(rules, UnitType.ARTICLE);
        assertThat(articles).extracting(a -> ChineseNumber.parse(a.num().substring(1, a.num().length() - 1)).getAsInt())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 89).boxed().toList());
        assertThat(articles.get(55).eId()).isEqualTo("att_1__chp_9__art_56");
        assertThat(articles.get(55).children()).extracting(u -> u.eId()).last().isEqualTo("att_1__chp_9__art_56__item_5");
    }

    @Test
    void stitchesArticleEightySevenBackAcrossThePages() {
        var rules = document("聊政发〔2022〕4号");
        var art87 = units(rules, UnitType.ARTICLE).get(86);
        var text = art87.selfAndDescendants().map(u -> u.text()).toList();
        assertThat(String.join("", text)).contains("一律由部门负责接待。其中副厅级及以上的来宾")
                .doesNotContain("上接").doesNotContain("下转");
        assertThat(units(rules, UnitType.ARTICLE).get(88).text()).isEqualTo("市政府直属事业单位适用本规则。");
        var ruleText = rules.allUnits().map(u -> u.text()).reduce("", String::concat);
        assertThat(ruleText).doesNotContain("政务公开工作的总体要求");
    }

    @Test
    void theOpennessPointsEndWithTheirOwnAttachmentAndNothingOfTheRules() {
        var openness = document("聊政办发〔2022〕1号");
        var text = openness.allUnits().map(u -> u.text()).reduce("", String::concat);
        assertThat(text).doesNotContain("第八十八条").doesNotContain("接待。其中副厅级");
        assertThat(openness.allUnits().filter(u -> u.type() == UnitType.ATTACHMENT).map(u -> u.heading()))
                .containsExactly("2022年聊城市政务公开工作要点", "2022年聊城市政务公开重点工作任务分解表（略）");
    }

    @Test
    @DisplayName("ER-34 in force 2022-05-01 to 2027-04-30; 6 chapters, 34 articles")
    void theRescueTeamRulesHaveSixChaptersThirtyFourArticlesAndTheirPeriod() {
        var rescue = document("聊政办字〔2022〕8号");
        assertThat(units(rescue, UnitType.CHAPTER)).hasSize(6);
        assertThat(units(rescue, UnitType.ARTICLE)).hasSize(34);
        assertThat(rescue.effectiveFrom()).isEqualTo(LocalDate.of(2022, 5, 1));
        assertThat(rescue.effectiveUntil()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(units(rescue, UnitType.ARTICLE).get(18).text()).contains("每年不少于48学时");
    }
}

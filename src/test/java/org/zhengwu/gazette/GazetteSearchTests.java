package org.zhengwu.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengwu.IntegrationTest;
import org.zhengwu.kernel.UserError;

/** OG-5a search of the public gazette on the seed issue (published here as 2022年第93期). */
@IntegrationTest
class GazetteSearchTests {

    static final String RESCUE_RULES = "聊政办字〔2022〕8号";
    static final String WORK_RULES = "聊政发〔2022〕4号";

    @Autowired
    GazetteImporter importer;
    @Autowired
    GazettePublisher publisher;
    @Autowired
    GazetteLibrary library;
    @Autowired
    GazetteSearch search;

    static List<GazetteDocument> docs;
    static GazetteDocument withheld;
    static GazetteDocument turnedProactive;

    @BeforeEach
    void publishTheSeedOnce() {
        if (docs != null) {
            return;
        }
        var issue = importer.importFile(TestIssues.seedAs(93), TestIssues.FILE_NAME).issue();
        var drafts = library.issue(issue.id()).orElseThrow().documents();
        // the appointment notices stay out: their publication would reach the directory of the shared test database
        withheld = drafts.stream().filter(d -> "聊政任〔2022〕9号".equals(d.docNumber())).findFirst().orElseThrow();
        var alsoWithheld = drafts.stream().filter(d -> "聊政任〔2022〕10号".equals(d.docNumber())).findFirst().orElseThrow();
        turnedProactive = drafts.stream().filter(d -> "聊政办字〔2022〕6号".equals(d.docNumber())).findFirst().orElseThrow();
        publisher.setDisclosure(withheld.id(), Disclosure.WITHHELD, "涉及个人信息", false);
        publisher.setDisclosure(alsoWithheld.id(), Disclosure.WITHHELD, "涉及个人信息", false);
        publisher.setDisclosure(turnedProactive.id(), Disclosure.ON_REQUEST, "正在审查", false);
        publisher.publish(issue.id());
        docs = drafts;
        var rescue = id(RESCUE_RULES);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> ids(find(RESCUE_RULES, 50)).contains(rescue));
    }

    static String id(String docNumber) {
        return docs.stream().filter(d -> docNumber.equals(d.docNumber())).findFirst().orElseThrow().id();
    }

    SearchResult find(String q, int size) {
        return search.search(new SearchRequest(q, null, null, null, null, null, 1, size));
    }

    static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::documentId).toList();
    }

    @Test
    @DisplayName("OG-5a 应急救援 48学时 finds the rescue-team rules first, at 第十九条, with the words marked")
    void ranksTheArticleThatHasAllTheWordsFirst() {
        var first = find("应急救援 48学时", 10).hits().getFirst();
        assertThat(first.docNumber()).isEqualTo(RESCUE_RULES);
        assertThat(first.num()).isEqualTo("第十九条");
        assertThat(first.eId()).endsWith("art_19");
        assertThat(first.snippet()).containsPattern("<em>[^<]*48[^<]*</em>").containsPattern("<em>[^<]*学时[^<]*</em>")
                .containsPattern("<em>应急[^<]*</em>");
    }

    @Test
    @DisplayName("OG-5a 第56条 finds 第五十六条")
    void arabicArticleNumbersFindChineseOnes() {
        var hits = find("第56条", 10).hits();
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().num()).isEqualTo("第五十六条");
        assertThat(hits.getFirst().docNumber()).isEqualTo(WORK_RULES);
        assertThat(find("第五十六条", 10).hits().getFirst().num()).isEqualTo("第五十六条");
    }

    @Test
    @DisplayName("OG-5a a document number in any bracket spelling finds the document, its head first")
    void documentNumbersInAnyBracketsFindTheDocument() {
        for (var typed : List.of("聊政发[2022]4号", "聊政发(2022)4号", "聊政发（2022）4号", "聊政发〔2022〕4号", "聊政发【2022】4号")) {
            var first = find(typed, 10).hits().getFirst();
            assertThat(first.docNumber()).as(typed).isEqualTo(WORK_RULES);
            assertThat(first.eId()).as(typed).isNull();
        }
    }

    @Test
    @DisplayName("OG-5a WR-33 a withheld document is never found; one turned proactive after publishing is")
    void onlyProactiveDocumentsAreFound() {
        var proactive = id(WORK_RULES);
        assertThat(ids(find(WORK_RULES, 50))).contains(proactive);
        assertThat(ids(find("聊政任〔2022〕9号", 50))).doesNotContain(withheld.id());
        assertThat(ids(find("聊政办字〔2022〕6号", 50))).doesNotContain(turnedProactive.id());
        publisher.setDisclosure(turnedProactive.id(), Disclosure.PROACTIVE, null, false);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> ids(find("聊政办字〔2022〕6号", 50)).contains(turnedProactive.id()));
        assertThat(ids(find("聊政任〔2022〕9号", 50))).doesNotContain(withheld.id());
    }

    @Test
    @DisplayName("OG-5a quoted phrases match only in sequence")
    void quotedPhrasesMatchInSequence() {
        var phrase = find("\"紧急避险和自救互救\"", 50);
        assertThat(phrase.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.snippet()).contains("<em>"));
        assertThat(phrase.hits().getFirst().num()).isEqualTo("第十九条");
        assertThat(find("\"互救自救\"", 10).total()).isZero();
    }

    @Test
    @DisplayName("OG-5a filters: issuer, year, kind, validity")
    void filtersNarrowTheHits() {
        var rescue = find(RESCUE_RULES, 1).hits().getFirst();
        var byIssuer = search.search(new SearchRequest("应急救援", rescue.issuer(), null, null, null, null, 1, 50));
        assertThat(byIssuer.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.issuer()).isEqualTo(rescue.issuer()));
        var otherIssuer = search.search(new SearchRequest("应急救援", "没有这个机关", null, null, null, null, 1, 50));
        assertThat(otherIssuer.total()).isZero();
        assertThat(search.search(new SearchRequest("应急救援", null, 2022, null, null, null, 1, 10)).total()).isPositive();
        assertThat(search.search(new SearchRequest("应急救援", null, 2021, null, null, null, 1, 10)).total()).isZero();
        var rules = search.search(new SearchRequest("应急救援", null, null, "RULES", null, null, 1, 50));
        assertThat(rules.hits()).isNotEmpty().extracting(SearchHit::docNumber).contains(RESCUE_RULES);
        var appointments = search.search(new SearchRequest("应急救援", null, null, "APPOINTMENT", null, null, 1, 50));
        assertThat(appointments.hits()).extracting(SearchHit::docNumber).doesNotContain(RESCUE_RULES);
        for (var v : Validity.values()) {
            var hits = search.search(new SearchRequest("应急救援 48学时", null, null, null, v, null, 1, 50)).hits();
            assertThat(hits).allSatisfy(h -> assertThat(h.validity()).isEqualTo(v));
        }
    }

    @Test
    @DisplayName("OG-5a pages follow one another without overlap; by date newest first")
    void paginatesAndSortsByDate() {
        var all = search.search(new SearchRequest("工作", null, null, null, null, null, 1, 20)).hits();
        var first = search.search(new SearchRequest("工作", null, null, null, null, null, 1, 10)).hits();
        var second = search.search(new SearchRequest("工作", null, null, null, null, null, 2, 10)).hits();
        assertThat(first).hasSize(10);
        assertThat(second).hasSize(10);
        assertThat(first).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(all.subList(10, 20)).extracting(h -> h.documentId() + h.eId())
                .isEqualTo(second.stream().map(h -> h.documentId() + h.eId()).toList());
        var byDate = search.search(new SearchRequest("工作", null, null, null, null, SearchRequest.Order.DATE, 1, 50)).hits();
        assertThat(byDate).extracting(SearchHit::signedDate).isSortedAccordingTo(
                java.util.Comparator.nullsLast(java.util.Comparator.<java.time.LocalDate>reverseOrder()));
    }

    @Test
    @DisplayName("OG-5a snippets escape everything but the marks")
    void snippetsAreEscaped() {
        var hits = find("<script>alert(1)</script> 应急救援", 10).hits();
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.snippet().replace("<em>", "").replace("</em>", ""))
                .doesNotContain("<", ">"));
    }

    @Test
    @DisplayName("OG-5a a malformed query is searched literally; bad parameters are refused naming the field")
    void malformedQueriesDoNotFail() {
        for (var q : List.of("\"应急救援", "应急救援\"", "((", "*", "\\", "AND OR NOT", "：；、。", "第条", "聊政发〔2022〕号")) {
            assertThat(find(q, 10)).as(q).isNotNull();
        }
        assertThat(find("\"应急救援", 10).total()).isPositive();
        assertThatThrownBy(() -> SearchRequest.parse(" ", null, null, null, null, null, null, null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("q"));
        assertThatThrownBy(() -> SearchRequest.parse("x", null, "二〇二二", null, null, null, null, null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("year"));
        assertThatThrownBy(() -> SearchRequest.parse("x", null, null, null, "VALID", null, null, null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("validity"));
        assertThatThrownBy(() -> SearchRequest.parse("x", null, null, null, null, "score", null, null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("sort"));
        assertThatThrownBy(() -> SearchRequest.parse("x", null, null, null, null, null, "0", null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("page"));
        assertThatThrownBy(() -> SearchRequest.parse("x", null, null, null, null, null, null, "51"))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("size"));
    }
}

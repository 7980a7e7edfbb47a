package org.zhengwu.gazette.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.IntegrationTest;
import org.zhengwu.gazette.GazetteImporter;
import org.zhengwu.gazette.GazetteLibrary;
import org.zhengwu.gazette.GazettePublisher;
import org.zhengwu.gazette.GazetteSearch;
import org.zhengwu.gazette.SearchRequest;
import org.zhengwu.gazette.TestIssues;
import tools.jackson.databind.json.JsonMapper;

/** OG-5a search over REST and on the public page; a hit opens its article with the words marked. */
@IntegrationTest
class GazetteSearchWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    GazetteImporter importer;
    @Autowired
    GazettePublisher publisher;
    @Autowired
    GazetteLibrary library;
    @Autowired
    GazetteSearch search;

    static boolean published;

    @BeforeEach
    void publishTheSeedOnce() {
        if (!published) {
            var issue = importer.importFile(TestIssues.seedAs(94), TestIssues.FILE_NAME).issue();
            // the appointment notices stay out: their publication would reach the directory of the shared test database
            library.issue(issue.id()).orElseThrow().documents().stream()
                    .filter(d -> d.docNumber() != null && d.docNumber().startsWith("聊政任"))
                    .forEach(d -> publisher.setDisclosure(d.id(), org.zhengwu.gazette.Disclosure.WITHHELD, "涉及个人信息", false));
            publisher.publish(issue.id());
            var ids = library.issue(issue.id()).orElseThrow().documents().stream().map(d -> d.id()).toList();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> search.search(
                    new SearchRequest("聊政办字〔2022〕8号", null, null, null, null, null, 1, 50)).hits().stream()
                    .anyMatch(h -> ids.contains(h.documentId())));
            published = true;
        }
    }

    @Test
    @DisplayName("OG-5a GET /api/v1/gazette/search: total and hits with docNumber, title, documentId, eId, snippet, score")
    void apiAnswersTheSearchAsJson() throws Exception {
        var body = mvc.perform(get("/api/v1/gazette/search").param("q", "应急救援 48学时").param("year", "2022"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.hits[0].docNumber").value("聊政办字〔2022〕8号"))
                .andExpect(jsonPath("$.hits[0].num").value("第十九条"))
                .andExpect(jsonPath("$.hits[0].title").isString())
                .andExpect(jsonPath("$.hits[0].documentId").isString())
                .andExpect(jsonPath("$.hits[0].eId").isString())
                .andExpect(jsonPath("$.hits[0].snippet").isString())
                .andExpect(jsonPath("$.hits[0].score").isNumber())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var json = JsonMapper.builder().build().readTree(body);
        assertThat(json.get("hits").size()).isBetween(1, 10);
        assertThat(json.get("total").asLong()).isGreaterThanOrEqualTo(json.get("hits").size());
    }

    @Test
    @DisplayName("OG-5a bad search parameters are 400 problem+json naming the field; a malformed query is no error")
    void badParametersAreRefusedNamingTheField() throws Exception {
        for (var bad : new String[][] {{"q", ""}, {"year", "abc"}, {"validity", "VALID"}, {"sort", "score"},
            {"page", "0"}, {"size", "100"}}) {
            var request = get("/api/v1/gazette/search").param(bad[0], bad[1]);
            if (!bad[0].equals("q")) {
                request.param("q", "应急救援");
            }
            mvc.perform(request).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.field").value(bad[0]));
        }
        mvc.perform(get("/api/v1/gazette/search")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("q"));
        mvc.perform(get("/api/v1/gazette/search").param("q", "应急救援").param("year", "abc"))
                .andExpect(jsonPath("$.detail").value("“abc”不是 1949 到 9999 之间的整数。"));
        for (var q : new String[] {"\"应急救援", "((", "*?", "]]〔", "\\"}) {
            mvc.perform(get("/api/v1/gazette/search").param("q", q)).andExpect(status().isOk());
        }
        mvc.perform(post("/api/v1/gazette/search").param("q", "x")).andExpect(status().is4xxClientError());
    }

    @Test
    @DisplayName("OG-5a the search page lists hits that open the article with the query in the link")
    void searchPageLinksEachHitToItsArticle() throws Exception {
        var html = mvc.perform(get("/gazette/search").param("q", "应急救援 48学时"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("data-testid=\"search-hit\"", "第十九条").containsPattern("<em>[^<]*48[^<]*</em>");
        assertThat(html).containsPattern("href=\"/gazette/documents/[0-9a-f]+\\?hl=[^\"]+#[a-z_0-9]*art_19\"");
        var empty = mvc.perform(get("/gazette/search")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(empty).contains("data-testid=\"search-form\"").doesNotContain("data-testid=\"search-results\"");
        assertThat(mvc.perform(get("/gazette")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("data-testid=\"search-box\"", "action=\"/gazette/search\"");
        mvc.perform(get("/gazette/search").param("q", "x").param("page", "-1")).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("OG-5a a document opened from a hit marks the query's words, escaping the rest")
    void documentPageMarksTheWords() throws Exception {
        var hit = search.search(SearchRequest.of("应急救援 48学时")).hits().getFirst();
        var html = mvc.perform(get("/gazette/documents/" + hit.documentId()).param("hl", "应急救援 48学时"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("data-testid=\"search-marks\"").containsPattern("<mark>[^<]*48[^<]*</mark>")
                .containsPattern("<mark>[^<]*学时[^<]*</mark>");
        var plain = mvc.perform(get("/gazette/documents/" + hit.documentId()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(plain).doesNotContain("<mark>");
        var hostile = mvc.perform(get("/gazette/documents/" + hit.documentId()).param("hl", "<b>应急</b>"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(hostile).doesNotContain("<b>应急").contains("<mark>应急");
    }
}

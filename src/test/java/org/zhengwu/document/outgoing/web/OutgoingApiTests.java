package org.zhengwu.document.outgoing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.directory.SignedIn.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.IntegrationTest;
import org.zhengwu.MutableClock;
import org.zhengwu.directory.DirectoryImport;
import org.zhengwu.directory.TestGovernment;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.Actor;
import tools.jackson.databind.json.JsonMapper;

/** The REST API of 发文: 400 problem+json with field and rule, 409 for a step taken first, nothing public. */
@IntegrationTest
class OutgoingApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired DirectoryImport imports;
    @Autowired MutableClock clock;

    TestGovernment gov;
    Actor clerk;
    Actor deputy;

    @BeforeEach
    void newGovernment() {
        gov = TestGovernment.load(imports, "outapi");
        clerk = new Actor(gov.prefix + "-clerk", "clerk", Set.of(Role.CLERK), gov.unit("dept"), null);
        deputy = new Actor(gov.prefix + "-dsg", "dsg", Set.of(Role.DEPUTY_SECRETARY_GENERAL), gov.unit("office"),
                new PersonId(gov.prefix + "-dsg"));
        clock.setDate(LocalDate.of(2022, 4, 11));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String body(String disclosure, String reason) {
        return """
                {"issuer":"GOVERNMENT","category":"OTHER","title":"关于做好汛期安全工作的通知","body":"各县（市、区）人民政府：\\n现就有关事项通知如下。",
                 "addressees":["各县（市、区）人民政府"],"disclosure":"%s","disclosureReason":%s}"""
                .formatted(disclosure, reason == null ? "null" : "\"" + reason + "\"");
    }

    long created() throws Exception {
        var answer = mvc.perform(post("/api/v1/outgoing").with(as(clerk)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body("PROACTIVE", null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(answer).get("id").asLong();
    }

    @Test
    @DisplayName("WR-33 a WITHHELD draft without a reason: 400 problem+json naming the field and the rule")
    void aWithheldDraftWithoutReasonIsA400NamingFieldAndRule() throws Exception {
        mvc.perform(post("/api/v1/outgoing").with(as(clerk)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("WITHHELD", null)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("disclosureReason"))
                .andExpect(jsonPath("$.rule").value("WR-33"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("理由")));
    }

    @Test
    void anUnknownCategoryIsA400NamingTheField() throws Exception {
        mvc.perform(post("/api/v1/outgoing").with(as(clerk)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("PROACTIVE", null).replace("\"OTHER\"", "\"GOSSIP\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("category"));
    }

    @Test
    @DisplayName("WR-58 a review as JSON, then the timeline names who took it")
    void aDraftGoesThroughTheApiAndShowsItsTimeline() throws Exception {
        var id = created();
        mvc.perform(post("/api/v1/outgoing/{id}/submit", id).with(as(clerk)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_REVIEW"))
                .andExpect(jsonPath("$.nextPosts[0]").value(gov.prefix + "-dsg"));
        mvc.perform(post("/api/v1/outgoing/{id}/review", id).with(as(deputy)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"step\":\"BUSINESS_REVIEW\",\"decision\":\"MAYBE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("decision"));
        mvc.perform(get("/api/v1/outgoing/{id}", id).with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline[0].kind").value("DRAFTED"))
                .andExpect(jsonPath("$.timeline[1].kind").value("SUBMITTED"))
                .andExpect(jsonPath("$.timeline[1].rule").value("WR-58"));
    }

    @Test
    @DisplayName("WR-58 two reviews of the same step at once: one 200, the other 409 problem+json, one step recorded")
    void twoReviewsOfTheSameStepAtOnceGiveOne409() throws Exception {
        var id = created();
        mvc.perform(post("/api/v1/outgoing/{id}/submit", id).with(as(clerk)).with(csrf())).andExpect(status().isOk());
        var statuses = new ArrayList<Integer>();
        var pool = Executors.newFixedThreadPool(2);
        var start = new CountDownLatch(1);
        var futures = new ArrayList<java.util.concurrent.Future<Integer>>();
        for (int i = 0; i < 2; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return mvc.perform(post("/api/v1/outgoing/{id}/review", id).with(as(deputy)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"step\":\"BUSINESS_REVIEW\",\"decision\":\"APPROVE\",\"note\":\"同意\"}"))
                        .andReturn().getResponse().getStatus();
            }));
        }
        start.countDown();
        for (var f : futures) {
            statuses.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        var view = mvc.perform(get("/api/v1/outgoing/{id}", id).with(as(clerk))).andReturn().getResponse().getContentAsString();
        assertThat(JSON.readTree(view).get("timeline").valueStream().filter(s -> s.get("kind").asString().equals("REVIEWED")))
                .hasSize(1);
    }

    @Test
    @DisplayName("WR-33 nothing of 发文 is public: anonymous callers are refused the API and the pages")
    void nothingIsPublic() throws Exception {
        var id = created();
        var api = mvc.perform(get("/api/v1/outgoing/{id}", id)).andReturn().getResponse().getStatus();
        assertThat(api).isIn(401, 403);
        var list = mvc.perform(get("/api/v1/outgoing")).andReturn().getResponse().getStatus();
        assertThat(list).isIn(401, 403);
        var page = mvc.perform(get("/outgoing/{id}", id).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(page.getStatus() == 302 ? page.getRedirectedUrl() : String.valueOf(page.getStatus())).matches(".*(login|401|403).*");
    }

    @Test
    void thePagesShowTheDocumentAndItsTimeline() throws Exception {
        var id = created();
        mvc.perform(get("/outgoing/{id}", id).with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("关于做好汛期安全工作的通知")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("办理过程")));
        mvc.perform(get("/outgoing/new").with(as(clerk))).andExpect(status().isOk());
        mvc.perform(post("/outgoing").with(as(clerk)).with(csrf()).param("issuer", "GOVERNMENT").param("category", "OTHER")
                        .param("title", "标题").param("body", "正文").param("addressees", "各县（市、区）人民政府")
                        .param("disclosure", "ON_REQUEST"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("WR-33")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("标题")));
    }

    static String marked(String classification, String secrecyPeriod, String urgency) {
        return body("PROACTIVE", null).replace("\"disclosureReason\":null", "\"disclosureReason\":null,\"classification\":\""
                + classification + "\",\"secrecyPeriod\":" + secrecyPeriod + ",\"urgency\":\"" + urgency + "\"");
    }

    org.springframework.test.web.servlet.ResultActions drafts(String json) throws Exception {
        return mvc.perform(post("/api/v1/outgoing").with(as(clerk)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    @DisplayName("GB/T 9704 7.2.2, 7.2.3 a 机密 draft with 保密期限 \"1年\" and 特急 is kept and shown, and its timeline says so")
    void aClassifiedUrgentDraftKeepsItsPeriodAndUrgency() throws Exception {
        var answer = drafts(marked("SECRET", "\"1年\"", "EXTRA_URGENT")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        var id = JSON.readTree(answer).get("id").asLong();
        mvc.perform(get("/api/v1/outgoing/{id}", id).with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.classification").value("SECRET"))
                .andExpect(jsonPath("$.secrecyPeriod").value(1))
                .andExpect(jsonPath("$.urgency").value("EXTRA_URGENT"));
        mvc.perform(get("/outgoing/{id}", id).with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("机密★1年")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("特急")));
        drafts(marked("CONFIDENTIAL", "10", "URGENT")).andExpect(status().isCreated());
    }

    @Test
    @DisplayName("保密期限 on an unclassified draft: 400 problem+json naming secrecyPeriod; nothing is kept")
    void aSecrecyPeriodOnAnUnclassifiedDraftIsA400() throws Exception {
        drafts(marked("NONE", "\"10年\"", "NONE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("secrecyPeriod"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("非涉密")));
    }

    @Test
    void aBadSecrecyPeriodOrUrgencyIsA400NamingTheField() throws Exception {
        drafts(marked("SECRET", "\"十年\"", "NONE")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("secrecyPeriod"));
        drafts(marked("CONFIDENTIAL", "\"11年\"", "NONE")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("secrecyPeriod"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("十年")));
        drafts(marked("SECRET", "\"0\"", "NONE")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("secrecyPeriod"));
        drafts(marked("SECRET", "null", "ASAP")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("urgency"));
    }

    @Test
    void theDraftingPageRefusesAPeriodOnAnUnclassifiedDraftAndKeepsTheForm() throws Exception {
        mvc.perform(post("/outgoing").with(as(clerk)).with(csrf()).param("issuer", "GOVERNMENT").param("category", "OTHER")
                        .param("title", "关于加急事项的通知").param("body", "正文").param("addressees", "各县（市、区）人民政府")
                        .param("disclosure", "PROACTIVE").param("classification", "NONE").param("secrecyPeriod", "5年")
                        .param("urgency", "URGENT"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("非涉密公文不标注保密期限")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"5年\"")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<option value=\"URGENT\" selected=\"selected\">加急</option>.*")));
    }

    @Test
    void theOpenApiDocumentDescribesSecrecyPeriodAndUrgency() throws Exception {
        var doc = JSON.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        var body = doc.get("components").get("schemas").get("DraftBody").get("properties");
        assertThat(body.get("secrecyPeriod").get("description").asString()).contains("保密期限");
        assertThat(body.get("urgency").get("description").asString()).contains("EXTRA_URGENT (特急)");
        assertThat(doc.get("components").get("schemas").get("DocumentView").get("properties").has("urgency")).isTrue();
    }
}

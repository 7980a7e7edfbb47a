package org.zhengwu.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.IntegrationTest;
import org.zhengwu.MutableClock;
import org.zhengwu.directory.DirectoryImport;
import org.zhengwu.directory.SignedIn;
import org.zhengwu.directory.TestGovernment;
import org.zhengwu.escalation.Escalations;
import org.zhengwu.kernel.SubjectRef;
import org.zhengwu.platform.Actor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Forwarding (转办) and its WR-57 clock on the ladder, 圈阅 of a report, the WR-56.5 通报, pre-filling from a file. */
@IntegrationTest
class DocumentHandlingTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @Autowired MockMvc mvc;
    @Autowired DirectoryImport imports;
    @Autowired MutableClock clock;
    @Autowired Escalations escalations;
    @Autowired ReturnStatistics returns;
    @Autowired org.zhengwu.calendar.WorkingDayClock calendar;

    DeskFixture desk;

    @BeforeEach
    void government() {
        desk = new DeskFixture(TestGovernment.load(imports, "hand" + RUN));
        clock.setDate(LocalDate.of(2022, 3, 31));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    JsonNode act(Actor who, String path, String json, int expected) throws Exception {
        var body = mvc.perform(post(path).with(SignedIn.as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return body.isBlank() ? null : JSON.readTree(body);
    }

    String registered(String kind, String body) throws Exception {
        var json = desk.request("\"申请城区雨污分流改造资金\"", "").replace("\"kind\": \"REQUEST\"", "\"kind\": \"" + kind + "\"")
                .replace("妥否，请批示。", body).replace("的请示", "REPORT".equals(kind) ? "的报告" : "的请示");
        var id = act(desk.clerk(), "/api/v1/documents", json, 201).get("id").asString();
        act(desk.office(), "/api/v1/documents/" + id + "/register", "{}", 200);
        return id;
    }

    @Test
    @DisplayName("WR-57 转办: the handler answers within the stated limit; the ladder reminds the handling unit; the answer closes it")
    void aForwardedDocumentRunsOnTheHandlersClock() throws Exception {
        var id = registered("REQUEST", "妥否，请批示。");
        var bad = act(desk.office(), "/api/v1/documents/" + id + "/forward",
                "{\"unit\": \"" + desk.gov.unit("dept").value() + "\", \"limitDays\": 0}", 400);
        assertThat(bad.get("rule").asString()).isEqualTo("WR-57");
        var forwarded = act(desk.office(), "/api/v1/documents/" + id + "/forward",
                "{\"unit\": \"" + desk.gov.unit("dept").value() + "\", \"limitDays\": 3}", 200);
        // 3 working days from 31 March: 1 April, 2 April (make-up Saturday), 6 April
        assertThat(forwarded.get("replyDue").asString()).isEqualTo("2022-04-06");
        clock.setDate(LocalDate.of(2022, 4, 6));
        escalations.fireDue();
        var steps = escalations.stepsFor(SubjectRef.of("document", id));
        assertThat(steps).isNotEmpty();
        assertThat(steps.getFirst().recipients()).contains("unit:" + desk.gov.unit("dept").value());
        act(desk.otherClerk(), "/api/v1/documents/" + id + "/answer", "{\"text\": \"已办\"}", 403);
        act(desk.clerk(), "/api/v1/documents/" + id + "/answer", "{\"text\": \"\"}", 400);
        act(desk.clerk(), "/api/v1/documents/" + id + "/answer", "{\"text\": \"已按要求办理，资金已纳入年度预算。\"}", 200);
        assertThat(escalations.pendingFor(SubjectRef.of("document", id), "reply-overdue")).isEmpty();
    }

    @Test
    @DisplayName("WR-55c 圈阅: one click on a report; a request cannot be merely read")
    void aLeaderCirclesAReportAsRead() throws Exception {
        var report = registered("REPORT", "现将有关情况报告如下。");
        act(desk.office(), "/api/v1/documents/" + report + "/route", "{\"post\": \"" + desk.gov.post("vm1").value() + "\"}", 200);
        act(desk.leader("vm1"), "/api/v1/documents/" + report + "/read", "{}", 200);
        var view = JSON.readTree(mvc.perform(get("/api/v1/documents/" + report).with(SignedIn.as(desk.office())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(view.at("/document/status").asString()).isEqualTo("READ");
        var request = registered("REQUEST", "妥否，请批示。");
        act(desk.office(), "/api/v1/documents/" + request + "/route", "{\"post\": \"" + desk.gov.post("vm1").value() + "\"}", 200);
        var refused = act(desk.leader("vm1"), "/api/v1/documents/" + request + "/read", "{}", 400);
        assertThat(refused.get("rule").asString()).isEqualTo("WR-55c");
        // a leader it is not routed to cannot decide it
        act(desk.leader("vm3"), "/api/v1/documents/" + request + "/decide",
                "{\"opinion\": \"同意\", \"name\": \"戊\", \"date\": \"2022-03-31\"}", 403);
    }

    @Test
    @DisplayName("WR-56.5 通报: a unit returned as often as the pack's threshold within the quarter is listed")
    void unitsWithRepeatedReturnsAppearInTheNotice() throws Exception {
        clock.setDate(LocalDate.of(2023, 5, 10));
        var twoMatters = desk.request("\"一\", \"二\"", "");
        act(desk.clerk(), "/api/v1/documents", twoMatters, 201);
        act(desk.clerk(), "/api/v1/documents", twoMatters, 201);
        var notice = returns.notice(LocalDate.of(2023, 5, 10));
        assertThat(notice.period().from()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(notice.period().to()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(notice.units()).noneMatch(u -> u.unit().equals(desk.unitName()));
        act(desk.clerk(), "/api/v1/documents", twoMatters, 201);
        assertThat(returns.notice(LocalDate.of(2023, 5, 10)).units())
                .anyMatch(u -> u.unit().equals(desk.unitName()) && u.count() == 3);
        assertThat(returns.perUnit(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 9, 30)))
                .noneMatch(u -> u.unit().equals(desk.unitName()));
    }

    @Test
    @DisplayName("WR-57 the official calendar changes: open reply clocks are counted again and the record says why")
    void openClocksAreRecountedWhenTheCalendarChanges() throws Exception {
        // a year no run has loaded (the calendar is shared, and a PostgreSQL database may be kept)
        int year = 2100 + (int) (System.nanoTime() % 800);
        clock.setDate(LocalDate.of(year, 12, 28));
        var json = desk.request("\"申请城区雨污分流改造资金\"", "").replace("2022-03-30", year + "-12-27");
        var id = act(desk.clerk(), "/api/v1/documents", json, 201).get("id").asString();
        var before = act(desk.office(), "/api/v1/documents/" + id + "/register", "{}", 200);
        assertThat(before.get("replyProvisional").asBoolean()).isTrue();
        var due = LocalDate.parse(before.get("replyDue").asString());
        // the new year's first week becomes holidays: the reply date moves later
        var next = year + 1;
        var days = new StringBuilder();
        for (int d = 1; d <= 7; d++) {
            days.append(d == 1 ? "" : ",").append("{\"name\": \"元旦\", \"date\": \"").append(next).append("-01-0")
                    .append(d).append("\", \"isOffDay\": true}");
        }
        calendar.load("{\"year\": " + next + ", \"papers\": [\"https://www.gov.cn/test/" + next + "\"], \"days\": ["
                + days + "]}", next + ".json");
        JsonNode after = null;
        for (int i = 0; i < 100; i++) {
            after = JSON.readTree(mvc.perform(get("/api/v1/documents/" + id).with(SignedIn.as(desk.office())))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            if (!after.at("/document/replyDue").asString().equals(due.toString())) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(LocalDate.parse(after.at("/document/replyDue").asString())).isAfter(due);
        assertThat(after.get("timeline").valueStream().map(t -> t.get("action").asString())).contains("clock-recalculated");
        assertThat(escalations.pendingFor(SubjectRef.of("document", id), "reply-overdue")).isNotEmpty();
    }

    @Test
    void anUploadedTextPrefillsTheFieldsForConfirmation() throws Exception {
        var text = """
                %s
                聊环发〔2022〕12号          签发人：%s
                %s关于申请城区雨污分流改造资金的请示
                %s测试市人民政府：
                为改善城区水环境，申请城区雨污分流改造资金。妥否，请批示。
                %s
                2022年3月30日
                （联系人：李四，联系电话：0635-8888888）
                """.formatted(desk.unitName(), desk.headName(), desk.unitName(), desk.gov.prefix, desk.unitName());
        var file = new MockMultipartFile("file", "请示.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
        var body = mvc.perform(multipart("/api/v1/documents/prefill").file(file).with(SignedIn.as(desk.clerk())).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var prefilled = JSON.readTree(body);
        assertThat(prefilled.at("/submission/kind").asString()).isEqualTo("REQUEST");
        assertThat(prefilled.at("/submission/docNumber").asString()).isEqualTo("聊环发〔2022〕12号");
        assertThat(prefilled.at("/submission/signer").asString()).isEqualTo(desk.headName());
        assertThat(prefilled.at("/submission/contactPhone").asString()).isEqualTo("0635-8888888");
        assertThat(prefilled.at("/submission/issueDate").asString()).isEqualTo("2022-03-30");
        // the matters are the clerk's to confirm: until then WR-56.4 says so
        assertThat(prefilled.at("/report/findings").valueStream().map(f -> f.get("rule").asString())).contains("WR-56.4");
    }
}

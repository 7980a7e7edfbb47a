package org.zhengwu.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.IntegrationTest;
import org.zhengwu.MutableClock;
import org.zhengwu.directory.DirectoryImport;
import org.zhengwu.directory.LeaveBook;
import org.zhengwu.directory.SignedIn;
import org.zhengwu.directory.TestGovernment;
import org.zhengwu.escalation.Escalations;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.SubjectRef;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.CurrentActor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documents desk end to end through its API: a request with two matters is returned (退文),
 * fixed and accepted with its WR-57 date, registered, routed to the substitute of the vice-mayor
 * on leave, decided or instructed; the instruction reaches the supervision ledger as an event.
 */
@IntegrationTest
@RecordApplicationEvents
class DocumentDeskTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    // a database kept between runs (PostgreSQL) must not see this run's governments as the last run's
    static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @Autowired MockMvc mvc;
    @Autowired DirectoryImport imports;
    @Autowired LeaveBook leave;
    @Autowired MutableClock clock;
    @Autowired Escalations escalations;
    @Autowired ApplicationEvents events;
    @Autowired DocumentTodos todos;

    DeskFixture desk;

    @BeforeEach
    void government() {
        desk = new DeskFixture(TestGovernment.load(imports, "desk" + RUN));
        clock.setDate(LocalDate.of(2022, 3, 31));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    JsonNode call(org.springframework.test.web.servlet.RequestBuilder request, int expected) throws Exception {
        var response = mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse();
        var body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return body.isBlank() ? null : JSON.readTree(body);
    }

    JsonNode submit(Actor who, String json, int expected) throws Exception {
        return call(post("/api/v1/documents").with(SignedIn.as(who)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json), expected);
    }

    JsonNode act(Actor who, String path, String json, int expected) throws Exception {
        return call(post(path).with(SignedIn.as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json), expected);
    }

    String accepted() throws Exception {
        var done = submit(desk.clerk(), desk.request("\"申请城区雨污分流改造资金\"", ""), 201);
        assertThat(done.at("/report/outcome").asString()).isEqualTo("ACCEPTED");
        return done.get("id").asString();
    }

    @Test
    @DisplayName("WR-56.4 退文: 一文多事, then fixed, resubmitted and accepted with the WR-57 reply date (5 working days over Qingming)")
    void aRequestWithTwoMattersIsReturnedFixedAndAccepted() throws Exception {
        var returned = submit(desk.clerk(), desk.request("\"申请改造资金\", \"申请增加编制\"", ""), 201);
        var id = returned.get("id").asString();
        assertThat(returned.at("/report/outcome").asString()).isEqualTo("RETURNED");
        assertThat(returned.at("/report/findings/0/rule").asString()).isEqualTo("WR-56.4");
        assertThat(returned.at("/report/findings/0/field").asString()).isEqualTo("matters");

        mvc.perform(get("/api/v1/documents/" + id + "/notice.pdf").with(SignedIn.as(desk.clerk())))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));

        var again = act(desk.clerk(), "/api/v1/documents/" + id + "/resubmit",
                desk.request("\"申请城区雨污分流改造资金\"", ""), 200);
        assertThat(again.at("/report/outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(again.at("/report/replyDue").asString()).isEqualTo("2022-04-08");
        assertThat(again.at("/report/replyExplanation").asString()).contains("清明");

        var view = call(get("/api/v1/documents/" + id).with(SignedIn.as(desk.clerk())), 200);
        assertThat(view.get("submissions")).hasSize(2);
        assertThat(view.at("/submissions/0/submission/matters")).hasSize(2);
        assertThat(view.at("/submissions/0/outcome").asString()).isEqualTo("RETURNED");
        assertThat(events.stream(DocumentSubmitted.class).filter(e -> e.documentId().equals(id))
                .map(DocumentSubmitted::outcome)).containsExactly("RETURNED", "ACCEPTED");
    }

    @Test
    @DisplayName("WR-55a addressed to a vice-mayor by name: the directory's leaders on the day make it a finding on mainRecipients")
    void aRequestToALeaderByNameIsAFinding() throws Exception {
        var json = desk.request("\"申请城区雨污分流改造资金\"", "").replace("\"" + desk.gov.prefix + "测试市人民政府\"",
                "\"丁副市长" + desk.gov.prefix + "\"");
        var report = submit(desk.clerk(), json, 201).get("report");
        assertThat(report.get("findings").valueStream().filter(f -> f.get("rule").asString().equals("WR-55a")))
                .singleElement().satisfies(f -> assertThat(f.get("field").asString()).isEqualTo("mainRecipients"));
        var toGovernment = submit(desk.clerk(), desk.request("\"申请城区雨污分流改造资金\"", "").replace("12号", "13号"), 201);
        assertThat(toGovernment.at("/report/findings").valueStream().map(f -> f.get("rule").asString())).doesNotContain("WR-55a");
    }

    @Test
    @DisplayName("WR-57 收文登记: a yearly serial, 5 working days, 10 for a special matter only with its reason")
    void registrationStartsTheReplyClock() throws Exception {
        var id = accepted();
        var refused = act(desk.office(), "/api/v1/documents/" + id + "/register", "{\"special\": true}", 400);
        assertThat(refused.get("rule").asString()).isEqualTo("WR-57");
        assertThat(refused.get("field").asString()).isEqualTo("specialReason");
        var registered = act(desk.office(), "/api/v1/documents/" + id + "/register", "{\"special\": false}", 200);
        assertThat(registered.get("serialYear").asInt()).isEqualTo(2022);
        assertThat(registered.get("serialNo").asInt()).isPositive();
        assertThat(registered.get("replyDue").asString()).isEqualTo("2022-04-08");
        assertThat(escalations.pendingFor(SubjectRef.of("document", id), "reply-overdue")).isNotEmpty();

        var special = accepted();
        var longer = act(desk.office(), "/api/v1/documents/" + special + "/register",
                "{\"special\": true, \"specialReason\": \"需多部门会商\"}", 200);
        assertThat(longer.get("clockLimit").asInt()).isEqualTo(10);
        assertThat(longer.get("serialNo").asInt()).isGreaterThan(registered.get("serialNo").asInt());
    }

    @Test
    @DisplayName("WR-8 routed to the vice-mayor in charge, on leave: the substitute receives it and the record says so; WR-55c a decision needs opinion, name and date")
    void routingFollowsThePortfolioAndTheSubstitute() throws Exception {
        clock.setDate(LocalDate.of(2022, 3, 25));
        var request = CurrentActor.runAs(desk.office(),
                () -> leave.requestLeave(desk.gov.post("vm1"), LocalDate.of(2022, 3, 31), LocalDate.of(2022, 4, 8), "出差", null));
        CurrentActor.runAs(desk.gov.leader("mayor", Role.MAYOR), () -> leave.approveLeave(request.id()));
        clock.setDate(LocalDate.of(2022, 3, 31));
        var id = accepted();
        act(desk.office(), "/api/v1/documents/" + id + "/register", "{}", 200);
        var view = call(get("/api/v1/documents/" + id).with(SignedIn.as(desk.office())), 200);
        assertThat(view.get("leaderInCharge").asString()).isEqualTo(desk.gov.post("vm1").value());

        var routed = act(desk.office(), "/api/v1/documents/" + id + "/route",
                "{\"post\": \"" + desk.gov.post("vm1").value() + "\"}", 200);
        assertThat(routed.get("person").asString()).isEqualTo(desk.gov.person("vm2").value());
        assertThat(routed.get("reason").asString()).isEqualTo("SUBSTITUTE");

        // 我的待办: the substitute has it, the absent holder does not
        assertThat(todos.itemsFor(desk.leader("vm2"))).anyMatch(t -> t.link().equals("/documents/" + id));
        assertThat(todos.itemsFor(desk.leader("vm1"))).noneMatch(t -> t.link().equals("/documents/" + id));
        assertThat(todos.itemsFor(desk.leader("vm3"))).noneMatch(t -> t.link().equals("/documents/" + id));
        var noOpinion = act(desk.leader("vm2"), "/api/v1/documents/" + id + "/decide",
                "{\"opinion\": \"\", \"name\": \"丁\", \"date\": \"2022-03-31\"}", 400);
        assertThat(noOpinion.get("rule").asString()).isEqualTo("WR-55c");
        assertThat(noOpinion.get("field").asString()).isEqualTo("opinion");
        act(desk.leader("vm2"), "/api/v1/documents/" + id + "/decide",
                "{\"opinion\": \"同意，请财政局研究办理。\", \"name\": \"丁副市长\", \"date\": \"2022-03-31\"}", 200);
        var decided = call(get("/api/v1/documents/" + id).with(SignedIn.as(desk.office())), 200);
        var step = decided.get("timeline").valueStream().filter(s -> s.get("action").asString().equals("decided"))
                .findFirst().orElseThrow();
        assertThat(step.get("actingFor").asString()).isEqualTo("丙副市长" + desk.gov.prefix);
        assertThat(step.get("actingNote").asString()).contains("第八条");
        assertThat(escalations.pendingFor(SubjectRef.of("document", id), "reply-overdue")).isEmpty();
    }

    @Test
    @DisplayName("WR-73 批示: forwarded the same day to a lead handler and co-handlers, due in 5 working days; InstructionIssued for the ledger")
    void anInstructionIsForwardedAndAnnounced() throws Exception {
        var id = accepted();
        act(desk.office(), "/api/v1/documents/" + id + "/register", "{}", 200);
        act(desk.office(), "/api/v1/documents/" + id + "/route", "{\"post\": \"" + desk.gov.post("vm1").value() + "\"}", 200);
        var instruction = act(desk.leader("vm1"), "/api/v1/documents/" + id + "/instructions",
                "{\"text\": \"请市生态环境局牵头抓紧研究。\", \"leadHandler\": \"" + desk.gov.unit("dept").value()
                        + "\", \"coHandlers\": [\"" + desk.gov.unit("office").value() + "\"]}", 201);
        var instructionId = instruction.get("id").asString();
        assertThat(instruction.get("due").asString()).isEqualTo("2022-04-08");
        act(desk.office(), "/api/v1/documents/instructions/" + instructionId + "/forward", "{}", 200);
        var issued = events.stream(InstructionIssued.class).filter(e -> e.instructionId().equals(instructionId))
                .findFirst().orElseThrow();
        assertThat(issued.source()).isEqualTo(InstructionIssued.Source.MUNICIPAL_LEADER);
        assertThat(issued.leader()).isEqualTo(desk.gov.person("vm1"));
        assertThat(issued.forwardedOn()).isEqualTo(LocalDate.of(2022, 3, 31));
        assertThat(issued.forwardedLate()).isFalse();
        assertThat(issued.limitWorkingDays()).isEqualTo(5);
        assertThat(issued.due()).isEqualTo(LocalDate.of(2022, 4, 8));
        assertThat(issued.leadHandler()).isEqualTo(desk.gov.unit("dept"));
        assertThat(issued.coHandlers()).containsExactly(desk.gov.unit("office"));
        assertThat(issued.reportTo()).isEqualTo(desk.gov.person("vm1"));
        // forwarded twice: the second is a conflict, the first stands
        act(desk.office(), "/api/v1/documents/instructions/" + instructionId + "/forward", "{}", 409);
        act(desk.clerk(), "/api/v1/documents/instructions/" + instructionId + "/result", "{\"text\": \"已完成\"}", 200);
    }

    @Test
    @DisplayName("WR-72 a party leader's instruction is routed at once to the relevant leader with its stated limit")
    void aPartyLeadersInstructionIsRoutedAtOnce() throws Exception {
        var id = accepted();
        var party = act(desk.office(), "/api/v1/documents/" + id + "/party-instructions", """
                {"leaderName": "某书记", "leaderPost": "市委书记", "text": "请抓紧落实。", "toLeader": "%s",
                 "limitDays": 10, "leadHandler": "%s"}""".formatted(desk.gov.post("vm1").value(),
                desk.gov.unit("dept").value()), 201);
        assertThat(party.get("limitDays").asInt()).isEqualTo(10);
        call(get("/api/v1/documents/" + id).with(SignedIn.as(desk.leader("vm1"))), 200);
        assertThat(todos.itemsFor(desk.leader("vm1"))).anyMatch(t -> t.link().equals("/documents/" + id)
                && t.title().contains("某书记"));
        assertThat(todos.itemsFor(desk.leader("vm2"))).noneMatch(t -> t.link().equals("/documents/" + id));
        clock.setDate(LocalDate.of(2022, 4, 1));
        var forwarded = act(desk.office(), "/api/v1/documents/instructions/" + party.get("id").asString() + "/forward",
                "{}", 200);
        assertThat(forwarded.get("forwardedLate").asBoolean()).isTrue();
        var issued = events.stream(InstructionIssued.class).filter(e -> e.documentId().equals(id)).findFirst().orElseThrow();
        assertThat(issued.source()).isEqualTo(InstructionIssued.Source.PARTY_LEADER);
        assertThat(issued.rules()).extracting(r -> r.value()).containsExactly("WR-72");
        assertThat(issued.limitWorkingDays()).isEqualTo(10);
    }

    @Test
    void twoPeopleActingOnTheSameStepOneWinsTheOtherGets409() throws Exception {
        var id = accepted();
        var view = call(get("/api/v1/documents/" + id).with(SignedIn.as(desk.office())), 200);
        int version = view.at("/document/version").asInt();
        act(desk.office(), "/api/v1/documents/" + id + "/register", "{\"version\": " + version + "}", 200);
        var lost = act(desk.office(), "/api/v1/documents/" + id + "/register", "{\"version\": " + version + "}", 409);
        assertThat(lost.get("detail").asString()).contains("已由他人处理");
        var after = call(get("/api/v1/documents/" + id).with(SignedIn.as(desk.office())), 200);
        assertThat(after.get("timeline").valueStream().filter(s -> s.get("action").asString().equals("registered")))
                .hasSize(1);
    }

    @Test
    void twoOfficeStaffRegisteringAtOnceOneWinsAndTheOtherIsTold409() throws Exception {
        for (int round = 0; round < 5; round++) {
            var id = accepted();
            var start = new java.util.concurrent.CountDownLatch(1);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var calls = java.util.stream.IntStream.range(0, 2).mapToObj(i -> pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/api/v1/documents/" + id + "/register").with(SignedIn.as(desk.office()))
                            .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                            .andReturn().getResponse().getStatus();
                })).toList();
                start.countDown();
                var statuses = new java.util.ArrayList<Integer>();
                for (var c : calls) {
                    statuses.add(c.get());
                }
                assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            } finally {
                pool.shutdown();
            }
            var view = call(get("/api/v1/documents/" + id).with(SignedIn.as(desk.office())), 200);
            assertThat(view.get("timeline").valueStream().filter(s -> s.get("action").asString().equals("registered")))
                    .hasSize(1);
        }
    }

    @Test
    void badInputIsA400NamingTheFieldAndNothingIsStored() throws Exception {
        var bad = submit(desk.clerk(), "{\"kind\": \"REQUEST\", \"issueDate\": \"2022-13-45\"}", 400);
        assertThat(bad.get("field").asString()).isEqualTo("issueDate");
        var unknown = submit(desk.clerk(), "{\"kind\": \"REQUEST\", \"colour\": \"red\"}", 400);
        assertThat(unknown.get("field").asString()).isEqualTo("colour");
        var flag = submit(desk.clerk(), desk.request("\"一\"", ", \"flags\": [\"MONEY\"]"), 400);
        assertThat(flag.get("field").asString()).isEqualTo("flags");
        submit(desk.clerk(), "not json", 400);
    }

    @Test
    void attachmentsAreSniffedAndLimited() throws Exception {
        var exe = new MockMultipartFile("attachments", "说明.pdf", "application/pdf", new byte[] {0x4d, 0x5a, 0, 1, 2, 3});
        var json = new MockMultipartFile("submission", "", "application/json",
                desk.request("\"申请城区雨污分流改造资金\"", "").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var refused = call(multipart("/api/v1/documents").file(json).file(exe).with(SignedIn.as(desk.clerk())).with(csrf()), 400);
        assertThat(refused.get("field").asString()).isEqualTo("attachments");
        var text = new MockMultipartFile("attachments", "测算说明.txt", "text/plain", "资金测算说明".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var stored = call(multipart("/api/v1/documents").file(json).file(text).with(SignedIn.as(desk.clerk())).with(csrf()), 201);
        var view = call(get("/api/v1/documents/" + stored.get("id").asString()).with(SignedIn.as(desk.clerk())), 200);
        assertThat(view.at("/attachments/0/mediaType").asString()).startsWith("text/plain");
    }

    @Test
    void aClerkSeesOnlyTheirUnitsDocumentsAndClassifiedOnesOnlyNamedReadersWithEveryReadAudited() throws Exception {
        var id = accepted();
        call(get("/api/v1/documents/" + id).with(SignedIn.as(desk.otherClerk())), 404);
        var secret = submit(desk.clerk(), desk.request("\"申请城区雨污分流改造资金\"", ", \"classification\": \"秘密\""), 201)
                .get("id").asString();
        call(get("/api/v1/documents/" + secret).with(SignedIn.as(desk.office())), 404);
        call(get("/api/v1/documents/" + secret).with(SignedIn.as(desk.clerk())), 200);
        assertThat(events.stream(ClassifiedDocumentRead.class).filter(e -> e.documentId().equals(secret))).hasSize(1);
        act(desk.office(), "/api/v1/documents/" + secret + "/register", "{}", 200);
        call(get("/api/v1/documents/" + secret).with(SignedIn.as(desk.office())), 200);
        assertThat(events.stream(ClassifiedDocumentRead.class).filter(e -> e.documentId().equals(secret))).hasSize(2);
    }

    @Test
    @DisplayName("WR-56.2 a unit the directory does not know: held for review; the General Office accepts with a reason (WR-56.5)")
    void aJudgementIsConfirmedByTheGeneralOfficeWithAReason() throws Exception {
        var json = desk.request("\"申请城区雨污分流改造资金\"", "")
                .replace("\"issuingUnits\": [\"" + desk.unitName() + "\"]", "\"issuingUnits\": [\"" + desk.gov.prefix + "测试市河湖保护中心\"]")
                .replace(desk.unitName() + "关于", desk.gov.prefix + "测试市河湖保护中心关于");
        var held = submit(desk.clerk(), json, 201);
        assertThat(held.at("/report/outcome").asString()).isEqualTo("REVIEW");
        var id = held.get("id").asString();
        var noReason = act(desk.office(), "/api/v1/documents/" + id + "/review", "{\"accept\": true}", 400);
        assertThat(noReason.get("rule").asString()).isEqualTo("WR-56.5");
        act(desk.office(), "/api/v1/documents/" + id + "/review", "{\"accept\": true, \"reason\": \"已电话核实签发人为主持工作的副秘书长\"}", 200);
        var view = call(get("/api/v1/documents/" + id).with(SignedIn.as(desk.office())), 200);
        assertThat(view.at("/document/status").asString()).isEqualTo("ACCEPTED");
        assertThat(view.at("/document/replyDue").asString()).isEqualTo("2022-04-08");
    }
}

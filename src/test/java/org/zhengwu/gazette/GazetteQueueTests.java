package org.zhengwu.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.directory.SignedIn.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.IntegrationTest;
import org.zhengwu.audit.AuditQuery;
import org.zhengwu.audit.AuditTrail;
import org.zhengwu.gazette.OutgoingDocumentQueuedForGazette.Origin;
import org.zhengwu.gazette.domain.model.IssueInfo;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.CurrentActor;

/** WR-62 待刊登: the gazette's queue of released documents, compiled into a draft issue and published the usual way. */
@IntegrationTest
@RecordApplicationEvents
class GazetteQueueTests {

    static final Actor OFFICE = new Actor("queue-office", "办公室", Set.of(Role.OFFICE_STAFF), new OrgUnitId("general-office"), null);
    static final Actor CLERK = new Actor("queue-clerk", "生态环境局", Set.of(Role.CLERK), new OrgUnitId("sthjj"), null);

    @Autowired GazetteQueue queue;
    @Autowired GazetteLibrary library;
    @Autowired GazettePublisher publisher;
    @Autowired ApplicationEventPublisher publisherOfEvents;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEvents events;
    @Autowired AuditTrail audit;
    @Autowired MockMvc mvc;

    int seq;
    /** The test's mark in titles and the gazette's name: Chinese digits, as a title or a gazette's name is written. */
    String tag;
    String gazette;

    @BeforeEach
    void unique() {
        seq = ThreadLocalRandom.current().nextInt(10_000, 99_999);
        tag = Integer.toString(seq).chars().mapToObj(c -> String.valueOf("零一二三四五六七八九".charAt(c - '0')))
                .collect(java.util.stream.Collectors.joining());
        gazette = "测试" + tag + "公报";
    }

    OutgoingDocumentQueuedForGazette offered(String id, Origin origin, String number, String title, String issuer,
            String interpretation) {
        return new OutgoingDocumentQueuedForGazette(id, origin, number, title, issuer, List.of("各县（市、区）人民政府", "市属开发区管委会"),
                List.of("为做好有关工作，现通知如下。", "一、加强组织领导。", "二、落实工作责任。"), LocalDate.of(2022, 4, 11),
                LocalDate.of(2022, 4, 12), interpretation);
    }

    List<String> waitingIds() {
        return queue.waiting().stream().map(QueuedDocument::sourceId).toList();
    }

    @Test
    @DisplayName("WR-62 the same released document offered twice is one entry of the queue, queued (and audited) once")
    void theSameDocumentQueuedTwiceIsOneEntry() {
        var e = offered("q-" + tag, Origin.GOVERNMENT, "聊政发〔2022〕" + seq + "号", "关于做好" + tag + "春季防火工作的通知",
                "聊城市人民政府", null);
        for (int i = 0; i < 2; i++) {
            transactions.executeWithoutResult(s -> publisherOfEvents.publishEvent(e));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> waitingIds().contains(e.documentId()));
        assertThat(queue.offer(e)).isFalse();
        assertThat(waitingIds()).containsOnlyOnce(e.documentId());
        // the listener runs on its own thread: the audit trail, not this thread's recorded events, says what happened
        assertThat(audit.search(new AuditQuery(null, "gazette.document-queued", "gazette-queue", e.documentId(), null, 10)))
                .hasSize(1);
    }

    @Test
    @DisplayName("WR-62, WR-36 the office compiles the queue into a draft issue by section, a policy document with its interpretation, then publishes it")
    void theQueueIsCompiledIntoADraftIssueAndPublished() {
        var government = offered("qg-" + tag, Origin.GOVERNMENT, "聊政发〔2022〕" + seq + "号", "关于推进" + tag + "城市更新行动的意见",
                "聊城市人民政府", "一、制定背景\n为推进城市更新，制定本意见。");
        var department = offered("qd-" + tag, Origin.DEPARTMENT, "聊环函〔2022〕" + seq + "号", "关于开展" + tag + "排污单位自行监测帮扶的通知",
                "聊城市生态环境局", null);
        queue.offer(department);
        queue.offer(government);
        var title = gazette;

        var issue = CurrentActor.runAs(OFFICE, () -> queue.compile(new IssueInfo(title, 2022, 1, 1),
                List.of(department.documentId(), government.documentId())));

        assertThat(issue.status()).isEqualTo(IssueStatus.DRAFT);
        var docs = library.issue(issue.id()).orElseThrow().documents();
        var ours = docs.stream().filter(d -> d.title() != null && d.title().contains(tag)).toList();
        assertThat(docs).hasSize(3);
        assertThat(ours).extracting(GazetteDocument::docNumber)
                .containsExactly(government.docNumber(), null, department.docNumber());
        assertThat(ours.get(1).title()).isEqualTo("《" + government.title() + "》政策解读");
        assertThat(ours).extracting(GazetteDocument::section).containsExactly("市政府文件", "市政府文件", "部门文件");
        assertThat(docs).extracting(GazetteDocument::page).doesNotContainNull().isSorted();
        assertThat(docs.getFirst().page()).isEqualTo(1);
        assertThat(docs.get(1).page()).isGreaterThan(1);
        assertThat(waitingIds()).doesNotContain(government.documentId(), department.documentId());
        assertThat(queue.compiledInto(issue.id())).extracting(QueuedDocument::sourceId)
                .contains(government.documentId(), department.documentId());
        assertThat(events.stream(GazetteIssueCompiled.class).filter(c -> c.issueId() == issue.id()).findFirst().orElseThrow()
                .docNumbers()).contains(government.docNumber(), department.docNumber());
        assertThat(events.stream(GazetteIssueImported.class).filter(i -> i.issueId() == issue.id())).hasSize(1);

        CurrentActor.runAs(OFFICE, () -> publisher.publish(issue.id()));
        assertThat(library.publicDocuments().map(PublicDocument::title)).contains(department.title());
    }

    @Test
    @DisplayName("WR-62 an issue number already taken or a missing title is refused with the field, nothing taken from the queue")
    void aTakenNumberOrMissingTitleIsRefused() {
        var e = offered("qr-" + tag, Origin.GENERAL_OFFICE, "聊政办字〔2022〕" + seq + "号", "关于做好" + tag + "汛期安全工作的通知",
                "聊城市人民政府办公室", null);
        queue.offer(e);
        var title = gazette;
        CurrentActor.runAs(OFFICE, () -> queue.compile(new IssueInfo(title, 2022, 3, null), List.of(e.documentId())));
        var again = offered("qs-" + tag, Origin.GENERAL_OFFICE, "聊政办字〔2022〕" + (seq + 1) + "号", "关于做好" + tag + "防汛工作的通知",
                "聊城市人民政府办公室", null);
        queue.offer(again);

        assertThatThrownBy(() -> CurrentActor.runAs(OFFICE, () -> queue.compile(new IssueInfo(title, 2022, 3, null), List.of(again.documentId()))))
                .isInstanceOfSatisfying(UserError.class, u -> assertThat(u.field()).isEqualTo("number"));
        assertThatThrownBy(() -> CurrentActor.runAs(OFFICE, () -> queue.compile(new IssueInfo(" ", 2022, 4, null), List.of(again.documentId()))))
                .isInstanceOfSatisfying(UserError.class, u -> assertThat(u.field()).isEqualTo("title"));
        assertThatThrownBy(() -> CurrentActor.runAs(OFFICE, () -> queue.compile(new IssueInfo("Gazette 1", 2022, 4, null), List.of(again.documentId()))))
                .isInstanceOfSatisfying(UserError.class, u -> assertThat(u.messageKey()).isEqualTo("gazette.queue.title-invalid"));
        assertThat(waitingIds()).contains(again.documentId());
        var next = queue.nextIssue();
        assertThat(next.number()).isPositive();
    }

    @Test
    @DisplayName("WR-62 a document whose title would not read back from the issue is refused by its number; nothing is stored, it keeps waiting")
    void aDocumentThatWouldNotReadBackIsRefusedByItsNumber() {
        var fine = offered("qf-" + tag, Origin.GOVERNMENT, "聊政发〔2022〕" + seq + "号", "关于做好" + tag + "森林防火工作的通知",
                "聊城市人民政府", null);
        var odd = offered("qo-" + tag, Origin.GOVERNMENT, "聊政发〔2022〕" + (seq + 1) + "号", "关于做好" + tag + "工作的通知 (draft v2)",
                "聊城市人民政府", null);
        queue.offer(fine);
        queue.offer(odd);
        var before = library.issues().size();
        assertThatThrownBy(() -> CurrentActor.runAs(OFFICE, () -> queue.compile(new IssueInfo(gazette, 2022, 5, null),
                List.of(fine.documentId(), odd.documentId()))))
                .isInstanceOfSatisfying(UserError.class, u -> {
                    assertThat(u.messageKey()).isEqualTo("gazette.queue.unreadable-document");
                    assertThat(u.arguments()).containsExactly(odd.docNumber());
                });
        assertThat(library.issues()).hasSize(before);
        assertThat(waitingIds()).contains(fine.documentId(), odd.documentId());
        assertThatThrownBy(() -> CurrentActor.runAs(OFFICE, () -> queue.compile(new IssueInfo(gazette, 2022, 5, null),
                List.of("no-such-document"))))
                .isInstanceOfSatisfying(UserError.class, u -> assertThat(u.field()).isEqualTo("documents"));
    }

    @Test
    @DisplayName("WR-62 the queue page is the General Office's: it lists what waits; a bad number is 400 with the message")
    void theQueuePageIsTheOfficesOnly() throws Exception {
        var e = offered("qp-" + tag, Origin.GOVERNMENT, "聊政发〔2022〕" + seq + "号", "关于加强" + tag + "安全生产工作的通知",
                "聊城市人民政府", null);
        queue.offer(e);
        mvc.perform(get("/gazette/manage/queue").with(as(OFFICE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(e.title())))
                .andExpect(content().string(containsString("市政府文件")));
        mvc.perform(get("/gazette/manage/queue").with(as(CLERK))).andExpect(status().isForbidden());
        mvc.perform(post("/gazette/manage/queue/compile").with(as(OFFICE)).with(csrf())
                        .param("title", "页面测试公报").param("year", "2022").param("number", "0").param("documents", e.documentId()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("期号 0 无效")));
        assertThat(waitingIds()).contains(e.documentId());
    }

    @Test
    @DisplayName("WR-62 over REST: the office lists the queue and compiles it (201); without documents 400 problem+json naming field and rule")
    void theQueueOverRest() throws Exception {
        var e = offered("qa-" + tag, Origin.GENERAL_OFFICE, "聊政办字〔2022〕" + seq + "号", "关于做好" + tag + "城市防汛工作的通知",
                "聊城市人民政府办公室", null);
        queue.offer(e);
        mvc.perform(get("/api/v1/gazette/queue").with(as(OFFICE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(e.docNumber())));
        mvc.perform(get("/api/v1/gazette/queue").with(as(CLERK))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/gazette/queue/issues").with(as(OFFICE)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"" + gazette + "\",\"year\":2022,\"number\":7,\"documents\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("documents"))
                .andExpect(jsonPath("$.rule").value("WR-62"));
        mvc.perform(post("/api/v1/gazette/queue/issues").with(as(OFFICE)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"" + gazette + "\",\"year\":2022,\"number\":7,\"documents\":[\"" + e.documentId() + "\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.documents").value(1));
        assertThat(waitingIds()).doesNotContain(e.documentId());
    }
}

package org.zhengwu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengwu.supervision.SupervisionFixture.DEPUTY;
import static org.zhengwu.supervision.SupervisionFixture.OFFICE;
import static org.zhengwu.supervision.SupervisionFixture.SECGEN;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.IntegrationTest;
import org.zhengwu.audit.AuditQuery;
import org.zhengwu.audit.AuditTrail;
import org.zhengwu.document.InstructionIssued;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.supervision.persistence.SupervisedItemStore;

/** WR-66: major decisions supervised jointly; their handling units', and instructions', responsible person is the principal head. */
@IntegrationTest
class JointSupervisionTests extends SupervisionWorld {

    // 聊政任〔2022〕10号: 郭志刚 heads 聊城高铁新区发展服务中心 from 27 March 2022, 马军权 before him; 李沛森 the 公积金中心
    static final Actor CLERK_GTXQ = new Actor("sv-clerk-gtxq", "高铁新区", Set.of(Role.CLERK), new OrgUnitId("gtxq"), null);
    static final Actor CLERK_GJJ = new Actor("sv-clerk-gjj", "公积金中心", Set.of(Role.CLERK), new OrgUnitId("gjj"), null);

    @Autowired ManualItems manual;
    @Autowired ItemDesk desk;
    @Autowired SupervisedItemStore store;
    @Autowired SupervisionLedger ledger;
    @Autowired AuditTrail audit;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    String majorDecision(List<String> joint) {
        var id = CurrentActor.runAs(OFFICE, () -> manual.propose(new ManualItems.Propose("MEETING", "高铁新区片区开发重大决策落实",
                null, "gtxq", List.of("gjj"), LocalDate.of(2022, 6, 30), null, true, joint)));
        CurrentActor.runAs(DEPUTY, () -> desk.review(id, null));
        CurrentActor.runAs(SECGEN, () -> desk.approve(id, null));
        return id;
    }

    @Test
    @DisplayName("WR-66 重大决策事项实施联合督查机制: a major decision needs joint supervising units; only a major decision has them")
    void majorDecisionNeedsJointUnits() {
        assertThatThrownBy(() -> majorDecision(List.of())).isInstanceOfSatisfying(UserError.class, e -> {
            assertThat(e.field()).isEqualTo("jointUnits");
            assertThat(e.rule().value()).isEqualTo("WR-66");
        });
        assertThatThrownBy(() -> CurrentActor.runAs(OFFICE, () -> manual.propose(new ManualItems.Propose("MEETING", "普通事项",
                null, "gtxq", List.of(), LocalDate.of(2022, 6, 30), null, false, List.of("sjj")))))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.rule().value()).isEqualTo("WR-66"));
        assertThatThrownBy(() -> majorDecision(List.of("no-such-unit")))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("jointUnits"));
        var id = majorDecision(List.of("sjj", "fgw"));
        var item = store.find(id).orElseThrow();
        assertThat(item.majorDecision()).isTrue();
        assertThat(item.jointUnits()).containsExactly(new OrgUnitId("sjj"), new OrgUnitId("fgw"));
        assertThat(ledger.search(new LedgerQuery(null, new OrgUnitId("gtxq"), null, null, null, null, null, null, 500, 0),
                OFFICE).items()).filteredOn(i -> i.id().equals(id)).singleElement()
                .satisfies(i -> assertThat(i.jointUnits()).isEqualTo(item.jointUnits()));
        assertThat(audit.search(new AuditQuery(null, "supervision.major-decision-marked", "supervision-item", id, null, 5)))
                .singleElement().satisfies(r -> assertThat(r.ruleIds()).containsExactly("WR-66"));
        var auditClerk = new Actor("sv-clerk-sjj", "审计局", Set.of(Role.CLERK), new OrgUnitId("sjj"), null);
        assertThat(ledger.item(id, auditClerk)).as("a joint supervising unit sees the item").isPresent();
        assertThat(ledger.search(LedgerQuery.all(), auditClerk).items()).extracting(Item::id).contains(id);
        assertThat(ledger.item(id, SupervisionFixture.CLERK_SFJ)).isEmpty();
    }

    @Test
    @DisplayName("WR-66 主要负责人要亲自抓落实: a major decision's handling unit names its principal head, no one else")
    void majorDecisionsResponsibleIsThePrincipalHead() {
        var id = majorDecision(List.of("sjj"));
        assertThatThrownBy(() -> CurrentActor.runAs(CLERK_GTXQ, () -> desk.nameResponsible(id, "张三")))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.field()).isEqualTo("person");
                    assertThat(e.rule().value()).isEqualTo("WR-66");
                    assertThat(e.arguments()).contains("郭志刚");
                });
        assertThat(ledger.principalHead(new OrgUnitId("gtxq"))).contains("郭志刚");
        CurrentActor.runAs(CLERK_GTXQ, () -> desk.nameResponsible(id, "郭志刚"));
        CurrentActor.runAs(CLERK_GJJ, () -> desk.nameResponsible(id, "li-peisen"));
        assertThat(store.find(id).orElseThrow().units()).extracting(ItemUnit::responsiblePerson)
                .containsExactly("郭志刚", "li-peisen");
    }

    @Test
    @DisplayName("WR-66 the principal head is the one in office on the day: before 27 March 2022 it was 马军权, not 郭志刚")
    void principalHeadFollowsTheAppointments() {
        var id = majorDecision(List.of("sjj"));
        clock.setDate(LocalDate.of(2022, 3, 25));
        assertThatThrownBy(() -> CurrentActor.runAs(CLERK_GTXQ, () -> desk.nameResponsible(id, "郭志刚")))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.rule().value()).isEqualTo("WR-66"));
        CurrentActor.runAs(CLERK_GTXQ, () -> desk.nameResponsible(id, "马军权"));
    }

    @Test
    @DisplayName("WR-66 a leader's instruction: the unit names its principal head; a unit whose head the directory lacks is told so")
    void instructionsResponsibleIsThePrincipalHead() {
        var ref = "wr66-" + UUID.randomUUID();
        tx.executeWithoutResult(s -> events.publishEvent(new InstructionIssued(ref, "doc-" + ref, "聊政办字〔2022〕1号",
                "关于住房公积金缴存的报告", InstructionIssued.Source.MUNICIPAL_LEADER, SupervisionFixture.MAYOR, "李长萍", "市长",
                null, "请公积金中心牵头办理。", LocalDate.of(2022, 4, 6), LocalDate.of(2022, 4, 6), false, new OrgUnitId("gjj"),
                List.of(new OrgUnitId("sthjj")), 5, LocalDate.of(2022, 4, 13), SupervisionFixture.MAYOR)));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> store.bySource(Source.INSTRUCTION, ref).isPresent());
        var id = store.bySource(Source.INSTRUCTION, ref).orElseThrow().id();
        assertThatThrownBy(() -> CurrentActor.runAs(CLERK_GJJ, () -> desk.nameResponsible(id, "邓丽")))
                .as("邓丽 left the post on 27 March").isInstanceOfSatisfying(UserError.class,
                        e -> assertThat(e.rule().value()).isEqualTo("WR-66"));
        CurrentActor.runAs(CLERK_GJJ, () -> desk.nameResponsible(id, "李沛森"));
        assertThatThrownBy(() -> CurrentActor.runAs(SupervisionFixture.CLERK_STHJ, () -> desk.nameResponsible(id, "某局长")))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("supervision.head-unknown");
                    assertThat(e.rule().value()).isEqualTo("WR-66");
                });
    }

    @Test
    @DisplayName("WR-71 an ordinary item's unit names whoever it makes responsible (WR-66 does not apply)")
    void ordinaryItemsResponsibleIsFree() {
        var id = CurrentActor.runAs(OFFICE, () -> manual.propose(new ManualItems.Propose("AUDIT", "审计整改",
                null, "gtxq", List.of(), LocalDate.of(2022, 6, 30), null)));
        CurrentActor.runAs(DEPUTY, () -> desk.review(id, null));
        CurrentActor.runAs(SECGEN, () -> desk.approve(id, null));
        CurrentActor.runAs(CLERK_GTXQ, () -> desk.nameResponsible(id, "张三"));
        assertThat(store.find(id).orElseThrow().leads().getFirst().responsiblePerson()).isEqualTo("张三");
    }

    @Test
    @DisplayName("WR-66 the office marks an open item a major decision with its joint units; a unit's clerk may not")
    void officeMarksAnItemAMajorDecision() {
        var id = CurrentActor.runAs(OFFICE, () -> manual.propose(new ManualItems.Propose("MEETING", "会议议定事项",
                null, "gtxq", List.of(), LocalDate.of(2022, 6, 30), null)));
        assertThatThrownBy(() -> CurrentActor.runAs(CLERK_GTXQ, () -> desk.markMajorDecision(id, List.of("sjj"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CurrentActor.runAs(OFFICE, () -> desk.markMajorDecision(id, List.of())))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.rule().value()).isEqualTo("WR-66"));
        CurrentActor.runAs(OFFICE, () -> desk.markMajorDecision(id, List.of("sjj")));
        var item = store.find(id).orElseThrow();
        assertThat(item.majorDecision()).isTrue();
        assertThat(item.needsPrincipalHead()).isTrue();
        assertThat(item.jointUnits()).containsExactly(new OrgUnitId("sjj"));
        assertThat(audit.search(new AuditQuery(null, "supervision.major-decision-marked", "supervision-item", id, null, 5)))
                .hasSize(1);
    }

    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    @DisplayName("WR-66 the new-item form proposes a major decision with its joint units; the unit's form offers its principal head")
    void throughThePages() throws Exception {
        var location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/supervision/items")
                .param("category", "MEETING").param("title", "高铁新区综合交通枢纽建设").param("leadUnit", "gtxq")
                .param("due", "2022-09-30").param("majorDecision", "true").param("jointUnits", "sjj", "fgw")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(org.zhengwu.directory.SignedIn.as(OFFICE)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern(
                        "/supervision/items/*"))
                .andReturn().getResponse().getRedirectedUrl();
        var id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(store.find(id).orElseThrow().jointUnits()).containsExactly(new OrgUnitId("sjj"), new OrgUnitId("fgw"));
        CurrentActor.runAs(DEPUTY, () -> desk.review(id, null));
        CurrentActor.runAs(SECGEN, () -> desk.approve(id, null));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(location)
                .with(org.zhengwu.directory.SignedIn.as(CLERK_GTXQ)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("data-testid=\"joint-units\"")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("value=\"郭志刚\"")));
    }
}

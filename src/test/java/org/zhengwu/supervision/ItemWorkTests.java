package org.zhengwu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengwu.supervision.SupervisionFixture.CLERK_SFJ;
import static org.zhengwu.supervision.SupervisionFixture.CLERK_STHJ;
import static org.zhengwu.supervision.SupervisionFixture.CLERK_ZJJ;
import static org.zhengwu.supervision.SupervisionFixture.DEPUTY;
import static org.zhengwu.supervision.SupervisionFixture.OFFICE;
import static org.zhengwu.supervision.SupervisionFixture.SECGEN;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
import org.zhengwu.escalation.Escalations;
import org.zhengwu.escalation.StepView;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.rulepack.Ladder.Action;
import org.zhengwu.supervision.persistence.SupervisedItemStore;

/** Working an item: WR-73 intake, WR-71 reports and consolidation, 销号 and WR-68 look-back, WR-69 ladder. */
@IntegrationTest
class ItemWorkTests extends SupervisionWorld {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired SupervisionLedger ledger;
    @Autowired SupervisedItemStore store;
    @Autowired ItemDesk desk;
    @Autowired UnitReports reports;
    @Autowired ManualItems manual;
    @Autowired Escalations escalations;
    @Autowired DueDateRecompute recompute;
    @Autowired AuditTrail audit;

    Item instruction(String id, LocalDate due) {
        return instruction(id, due, InstructionIssued.Source.MUNICIPAL_LEADER);
    }

    Item instruction(String id, LocalDate due, InstructionIssued.Source source) {
        var e = new InstructionIssued(id, "doc-" + id, "聊环发〔2022〕1号", "关于徒骇河水质的报告",
                source, SupervisionFixture.MAYOR, "李长萍", "市长", null,
                "请生态环境局牵头，住建局配合，抓紧整改。", LocalDate.of(2022, 4, 6), LocalDate.of(2022, 4, 6), false,
                new OrgUnitId("sthjj"), List.of(new OrgUnitId("zjj")), 5, due, SupervisionFixture.MAYOR);
        tx.executeWithoutResult(s -> events.publishEvent(e));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> store.bySource(Source.INSTRUCTION, id).isPresent());
        return store.bySource(Source.INSTRUCTION, id).orElseThrow();
    }

    @Test
    @DisplayName("WR-73 an instruction becomes an open item with no manual step: lead and co-handlers, due date, leader")
    void instructionOpensAnItem() {
        var item = instruction("wr73-" + UUID.randomUUID(), LocalDate.of(2022, 4, 13));
        assertThat(item.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(item.leads()).extracting(ItemUnit::orgUnit).containsExactly(new OrgUnitId("sthjj"));
        assertThat(item.responsibles()).extracting(ItemUnit::orgUnit).containsExactly(new OrgUnitId("zjj"));
        assertThat(item.due()).isEqualTo(LocalDate.of(2022, 4, 13));
        assertThat(item.leaderPerson()).isEqualTo("li-changping");
        assertThat(item.title()).contains("李长萍");
        assertThat(escalations.pendingFor(item.subject(), "supervision-overdue")).isNotEmpty();
    }

    @Test
    @DisplayName("WR-71 units report, the lead consolidates, the office verifies; WR-68 closing schedules the look-back, a failed one reopens")
    void workedClosedAndLookedBack() {
        var item = instruction("wr71-" + UUID.randomUUID(), LocalDate.of(2022, 4, 13));
        var evidence = List.of(new Upload("整改照片.jpg", "image/jpeg", new byte[] {1, 2, 3}));
        CurrentActor.runAs(CLERK_ZJJ, () -> reports.report(item.id(), "已完成管网排查。", 60, evidence));
        assertThatThrownBy(() -> CurrentActor.runAs(CLERK_SFJ, () -> reports.report(item.id(), "无关单位", 10, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CurrentActor.runAs(CLERK_ZJJ, () -> reports.consolidate(item.id(), "汇总", 100, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        CurrentActor.runAs(CLERK_STHJ, () -> reports.consolidate(item.id(), "牵头汇总：整改完成。", 100, List.of()));
        assertThat(store.find(item.id()).orElseThrow().status()).isEqualTo(ItemStatus.REPORTED);
        assertThat(ledger.reports(item.id())).hasSize(2).first()
                .satisfies(r -> assertThat(r.attachments()).extracting(Report.Attachment::filename).containsExactly("整改照片.jpg"));
        CurrentActor.runAs(OFFICE, () -> desk.verify(item.id(), "核实无误"));
        assertThatThrownBy(() -> CurrentActor.runAs(OFFICE, () -> desk.close(item.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
        clock.setDate(LocalDate.of(2022, 4, 12));
        CurrentActor.runAs(SECGEN, () -> desk.close(item.id(), "同意销号"));
        var closed = store.find(item.id()).orElseThrow();
        assertThat(closed.status()).isEqualTo(ItemStatus.CLOSED);
        assertThat(closed.lookBackDue()).isAfter(LocalDate.of(2022, 5, 1));
        assertThat(escalations.pendingFor(item.subject(), "supervision-overdue")).isEmpty();
        CurrentActor.runAs(OFFICE, () -> desk.lookBack(item.id(), false, "问题反弹"));
        assertThat(store.find(item.id()).orElseThrow().status()).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(audit.search(new AuditQuery(null, "supervision.look-back-recorded", "supervision-item", item.id(), null, 5)))
                .singleElement().satisfies(r -> assertThat(r.ruleIds()).containsExactly("WR-68"));
    }

    @Test
    @DisplayName("WR-71 a returned report needs a reason; a returned consolidated report sends the item back to work")
    void returnedReports() {
        var item = instruction("ret-" + UUID.randomUUID(), LocalDate.of(2022, 4, 13));
        long id = CurrentActor.runAs(CLERK_STHJ, () -> reports.consolidate(item.id(), "汇总", 100, List.of()));
        assertThatThrownBy(() -> CurrentActor.runAs(OFFICE, () -> reports.returnReport(item.id(), id, " ")))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("reason"));
        CurrentActor.runAs(OFFICE, () -> reports.returnReport(item.id(), id, "佐证材料不足"));
        assertThat(store.find(item.id()).orElseThrow().status()).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(ledger.reports(item.id())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(Report.Status.RETURNED));
    }

    @Test
    @DisplayName("WR-69 an overdue instruction item reaches the yellow step on the first working day past its due date")
    void overdueItemReachesTheYellowStep() {
        var item = instruction("wr69-" + UUID.randomUUID(), LocalDate.of(2022, 4, 13));
        clock.setDate(LocalDate.of(2022, 4, 14));
        escalations.fireDue();
        assertThat(escalations.stepsFor(item.subject())).extracting(StepView::action).containsExactly(Action.YELLOW_NOTICE);
        assertThat(escalations.stepsFor(item.subject()).getFirst().recipients()).contains("unit:sthjj", "role:OFFICE_STAFF");
        assertThat(ledger.light(item)).isEqualTo(org.zhengwu.supervision.domain.Light.RED);
    }

    @Test
    @DisplayName("WR-71 opening: proposed, reviewed by the deputy, approved by the secretary-general, then watched")
    void manualItemGoesThroughTheOpeningProcedure() {
        var id = CurrentActor.runAs(OFFICE, () -> manual.propose(new ManualItems.Propose("AUDIT", "审计发现问题整改", null,
                "sthjj", List.of("zjj"), LocalDate.of(2022, 6, 30), null)));
        assertThatThrownBy(() -> CurrentActor.runAs(SECGEN, () -> desk.approve(id, null)))
                .isInstanceOf(UserError.class);
        CurrentActor.runAs(DEPUTY, () -> desk.review(id, "同意"));
        CurrentActor.runAs(SECGEN, () -> desk.approve(id, "同意立项"));
        var item = store.find(id).orElseThrow();
        assertThat(item.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(escalations.pendingFor(item.subject(), "supervision-overdue")).isNotEmpty();
        assertThatThrownBy(() -> CurrentActor.runAs(OFFICE, () -> manual.propose(new ManualItems.Propose("NOPE", "x",
                null, "sthjj", List.of(), null, null))))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("category"));
    }

    @Test
    @DisplayName("WR-71, WR-47e a meeting decision opens an item due one month after the meeting, on a working day")
    void meetingDecisionIsDueAMonthLater() {
        var id = "meeting-" + UUID.randomUUID();
        tx.executeWithoutResult(s -> events.publishEvent(new MeetingDecisionTaken(id, "市政府第12次常务会议",
                LocalDate.of(2022, 3, 30), "加快推进城区雨污分流改造", new OrgUnitId("zjj"), List.of(new OrgUnitId("cgj")),
                SupervisionFixture.MAYOR, "李长萍")));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> store.bySource(Source.MEETING, id).isPresent());
        var item = store.bySource(Source.MEETING, id).orElseThrow();
        assertThat(item.status()).isEqualTo(ItemStatus.OPEN);
        // 30 April 2022 is a Saturday of the May Day holiday: the next working day is 5 May
        assertThat(item.due()).isEqualTo(LocalDate.of(2022, 5, 5));
        tx.executeWithoutResult(s -> events.publishEvent(new MeetingDecisionTaken(id, "市政府第12次常务会议",
                LocalDate.of(2022, 3, 30), "加快推进城区雨污分流改造", new OrgUnitId("zjj"), List.of(), null, null)));
        Awaitility.await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(ledger.search(new LedgerQuery(Source.MEETING, null, null, null, null, null, null, null, 500, 0), SupervisionFixture.OFFICE)
                .items()).filteredOn(i -> i.sourceRef().equals(id)).hasSize(1);
    }

    @Test
    @DisplayName("WR-71 a monthly item reports each cycle: a consolidated report that is not final moves the due date to the next month's end")
    void monthlyItemMovesToTheNextCycle() {
        var id = CurrentActor.runAs(OFFICE, () -> manual.propose(new ManualItems.Propose("WORK_REPORT", "月度推进城区黑臭水体整治",
                null, "sthjj", List.of(), null, Cycle.MONTHLY)));
        var item = store.find(id).orElseThrow();
        assertThat(item.cycle()).isEqualTo(Cycle.MONTHLY);
        assertThat(item.due()).isEqualTo(LocalDate.of(2022, 5, 5));
        CurrentActor.runAs(DEPUTY, () -> desk.review(id, null));
        CurrentActor.runAs(SECGEN, () -> desk.approve(id, null));
        CurrentActor.runAs(CLERK_STHJ, () -> reports.consolidate(id, "4月份推进情况", 40, List.of()));
        var moved = store.find(id).orElseThrow();
        assertThat(moved.due()).isEqualTo(LocalDate.of(2022, 5, 31));
        assertThat(moved.status()).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(ledger.reports(id)).singleElement().satisfies(r -> assertThat(r.period()).isEqualTo("2022-04"));
    }

    @Test
    @DisplayName("WR-72 a party leader's instruction opens an item recorded under WR-72")
    void partyLeadersInstructionIsRecordedUnderWr72() {
        var item = instruction("wr72-" + UUID.randomUUID(), LocalDate.of(2022, 4, 13), InstructionIssued.Source.PARTY_LEADER);
        assertThat(audit.search(new AuditQuery(null, "supervision.item-opened", "supervision-item", item.id(), null, 5)))
                .singleElement().satisfies(r -> assertThat(r.ruleIds()).containsExactly("WR-72"));
    }

    @Test
    @DisplayName("WR-73 leaders see the items of their instructions and of their portfolio's units, not others")
    void leadersSeeTheirInstructionsAndPortfolio() {
        var item = instruction("lead-" + UUID.randomUUID(), LocalDate.of(2022, 4, 13));
        var mayor = new org.zhengwu.platform.Actor("sv-mayor", "市长", java.util.Set.of(org.zhengwu.kernel.Role.MAYOR), null,
                SupervisionFixture.MAYOR);
        var wang = new org.zhengwu.platform.Actor("sv-wang", "王峰", java.util.Set.of(org.zhengwu.kernel.Role.VICE_MAYOR), null,
                new org.zhengwu.kernel.PersonId("wang-feng"));
        var li = new org.zhengwu.platform.Actor("sv-li", "李强", java.util.Set.of(org.zhengwu.kernel.Role.VICE_MAYOR), null,
                new org.zhengwu.kernel.PersonId("li-qiang"));
        assertThat(ledger.item(item.id(), mayor)).isPresent();
        assertThat(ledger.item(item.id(), wang)).as("市生态环境局 is in 王峰's portfolio").isPresent();
        assertThat(ledger.item(item.id(), li)).isEmpty();
        assertThat(ledger.item(item.id(), CLERK_SFJ)).isEmpty();
        assertThat(ledger.search(LedgerQuery.all(), li).items()).noneMatch(i -> i.id().equals(item.id()));
    }

    @Test
    @DisplayName("WR-67 the ledger's page carries its total and units, and a unit's dashboard adds up to its items")
    void ledgerPageAndDashboardAgreeWithTheItems() {
        for (var due : List.of(LocalDate.of(2022, 3, 31), LocalDate.of(2022, 4, 13), LocalDate.of(2022, 5, 20))) {
            instruction("page-" + UUID.randomUUID(), due);
        }
        var sthjj = new OrgUnitId("sthjj");
        var all = ledger.search(new LedgerQuery(null, sthjj, null, null, null, null, null, null, 500, 0), OFFICE);
        assertThat(all.total()).isEqualTo(all.items().size()).isGreaterThanOrEqualTo(3);
        assertThat(all.items()).allSatisfy(i -> assertThat(i).isEqualTo(store.find(i.id()).orElseThrow()));
        var second = ledger.search(new LedgerQuery(null, sthjj, null, null, null, null, null, null, 1, 1), OFFICE);
        assertThat(second.total()).isEqualTo(all.total());
        assertThat(second.items()).containsExactly(all.items().get(1));
        var pastTheEnd = ledger.search(new LedgerQuery(null, sthjj, null, null, null, null, null, null, 10, all.total()), OFFICE);
        assertThat(pastTheEnd.items()).isEmpty();
        assertThat(pastTheEnd.total()).isEqualTo(all.total());
        var april = ledger.search(new LedgerQuery(null, sthjj, ItemStatus.OPEN, null, LocalDate.of(2022, 4, 1),
                LocalDate.of(2022, 4, 30), null, null, 500, 0), OFFICE);
        assertThat(april.items()).isNotEmpty().allSatisfy(i -> {
            assertThat(i.status()).isEqualTo(ItemStatus.OPEN);
            assertThat(i.due()).isBetween(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 30));
        });
        var today = LocalDate.of(2022, 4, 6);
        var d = ledger.dashboard(sthjj, OFFICE);
        assertThat(d.total()).isEqualTo(all.total());
        assertThat(d.overdue()).isEqualTo((int) all.items().stream()
                .filter(i -> i.status() != ItemStatus.CLOSED && i.due() != null && i.due().isBefore(today)).count());
        assertThat(d.months().stream().mapToInt(m -> m.due()).sum())
                .isEqualTo((int) all.items().stream().filter(i -> i.due() != null).count());
        assertThat(d.byStatus()).containsEntry("OPEN", (int) all.items().stream().filter(i -> i.status() == ItemStatus.OPEN).count());
    }

    @Test
    @DisplayName("WR-73 a calendar change counts the due dates again and says which moved")
    void calendarChangeRecomputesDueDates() {
        var item = instruction("cal-" + UUID.randomUUID(), LocalDate.of(2022, 4, 8));
        var moved = recompute.recompute("test");
        assertThat(moved).contains(item.id());
        assertThat(store.find(item.id()).orElseThrow().due()).isEqualTo(LocalDate.of(2022, 4, 13));
        assertThat(recompute.recompute("again")).doesNotContain(item.id());
    }
}

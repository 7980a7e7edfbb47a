package org.zhengwu.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengwu.IntegrationTest;
import org.zhengwu.MutableClock;
import org.zhengwu.audit.AuditQuery;
import org.zhengwu.audit.AuditTrail;
import org.zhengwu.calendar.WorkingDayClock;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.SubjectRef;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.rulepack.Ladder.Action;

@IntegrationTest
class EscalationTests {

    static final Actor OFFICE = new Actor("esc-office", "办公室", Set.of(Role.OFFICE_STAFF), null, null);
    static final Actor CLERK = new Actor("esc-clerk", "科员", Set.of(Role.CLERK), new org.zhengwu.kernel.OrgUnitId("esc-unit"), null);

    @Autowired Escalations escalations;
    @Autowired MutableClock clock;
    @Autowired AuditTrail audit;
    @Autowired WorkingDayClock calendar;
    @Autowired org.zhengwu.directory.DirectoryImport directoryImport;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<StepView> firedOn(LocalDate day, SubjectRef subject) {
        clock.setDate(day);
        escalations.fireDue();
        return escalations.stepsFor(subject);
    }

    @Test
    @DisplayName("WR-57 reply overdue: a reminder on the due date, a yellow notice at +2 working days, a red one at +5")
    void replyOverdueLadderFiresOnItsWorkingDays() {
        var doc = SubjectRef.of("document", "esc-wr57");
        escalations.watch(WatchRequest.of(doc, "reply-overdue", "关于某事项的请示", LocalDate.of(2022, 4, 8)));
        assertThat(firedOn(LocalDate.of(2022, 4, 7), doc)).isEmpty();
        assertThat(firedOn(LocalDate.of(2022, 4, 8), doc)).extracting(StepView::action).containsExactly(Action.REMINDER);
        assertThat(firedOn(LocalDate.of(2022, 4, 11), doc)).hasSize(1);
        assertThat(firedOn(LocalDate.of(2022, 4, 12), doc)).extracting(StepView::action)
                .containsExactly(Action.REMINDER, Action.YELLOW_NOTICE);
        assertThat(firedOn(LocalDate.of(2022, 4, 14), doc)).hasSize(2);
        var all = firedOn(LocalDate.of(2022, 4, 15), doc);
        assertThat(all).extracting(StepView::action).containsExactly(Action.REMINDER, Action.YELLOW_NOTICE, Action.RED_NOTICE);
        assertThat(all.get(1).cause()).contains("2022年4月8日").contains("超期2个工作日");
        assertThat(all.get(2).recipients()).contains("role:OFFICE_STAFF", "post:SECRETARY_GENERAL");
        assertThat(all).allSatisfy(s -> assertThat(s.rule().value()).isEqualTo("WR-57"));
    }

    @Test
    @DisplayName("WR-57 a step fires once, however often the timer sweeps, and is audited with its cause")
    void stepsFireOnceAndAreAudited() {
        var doc = SubjectRef.of("document", "esc-once");
        escalations.watch(WatchRequest.of(doc, "reply-overdue", "一次", LocalDate.of(2022, 5, 6)));
        firedOn(LocalDate.of(2022, 5, 20), doc);
        escalations.fireDue();
        escalations.fireDue();
        assertThat(escalations.stepsFor(doc)).hasSize(3);
        assertThat(audit.search(new AuditQuery(null, "escalation.step-reached", "document", "esc-once", null, 10)))
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.ruleIds()).containsExactly("WR-57"));
    }

    @Test
    void closingTheWatchStopsTheLadder() {
        var doc = SubjectRef.of("document", "esc-closed");
        escalations.watch(WatchRequest.of(doc, "reply-overdue", "已答复", LocalDate.of(2022, 6, 1)));
        firedOn(LocalDate.of(2022, 6, 1), doc);
        escalations.close(doc, "reply-overdue");
        assertThat(firedOn(LocalDate.of(2022, 7, 1), doc)).extracting(StepView::action).containsExactly(Action.REMINDER);
    }

    @Test
    void watchingAgainMovesTheDueDateAndKeepsWhatFired() {
        var doc = SubjectRef.of("document", "esc-extended");
        escalations.watch(WatchRequest.of(doc, "reply-overdue", "延期", LocalDate.of(2022, 6, 1)));
        firedOn(LocalDate.of(2022, 6, 1), doc);
        escalations.watch(WatchRequest.of(doc, "reply-overdue", "延期", LocalDate.of(2022, 6, 15)));
        assertThat(firedOn(LocalDate.of(2022, 6, 14), doc)).hasSize(1);
        assertThat(firedOn(LocalDate.of(2022, 6, 17), doc)).extracting(StepView::action)
                .containsExactly(Action.REMINDER, Action.YELLOW_NOTICE);
    }

    @Test
    void aWatchMayStartHigherUpTheLadder() {
        var doc = SubjectRef.of("instruction", "esc-leader");
        escalations.watch(new WatchRequest(doc, "reply-overdue", "领导批示", LocalDate.of(2022, 6, 1), 1));
        assertThat(firedOn(LocalDate.of(2022, 6, 30), doc)).extracting(StepView::action)
                .containsExactly(Action.YELLOW_NOTICE, Action.RED_NOTICE);
    }

    @Test
    @DisplayName("WA-4.3 consecutive exceedances: letter, interview of the deputy, interview of the head; compliant resets")
    void consecutiveLadderCountsRunsPerSubject() {
        var section = SubjectRef.of("section", "esc-tuhai");
        clock.setDate(LocalDate.of(2022, 5, 5));
        var first = escalations.recordOccurrence(section, "section-exceedance", "2022-04", false, "徒骇河某断面");
        var again = escalations.recordOccurrence(section, "section-exceedance", "2022-04", false, "徒骇河某断面");
        var second = escalations.recordOccurrence(section, "section-exceedance", "2022-05", false, "徒骇河某断面");
        var third = escalations.recordOccurrence(section, "section-exceedance", "2022-06", false, "徒骇河某断面");
        var good = escalations.recordOccurrence(section, "section-exceedance", "2022-07", true, "徒骇河某断面");
        var restart = escalations.recordOccurrence(section, "section-exceedance", "2022-08", false, "徒骇河某断面");
        assertThat(first).map(StepView::action).contains(Action.REMINDER_LETTER);
        assertThat(again).isEmpty();
        assertThat(second).map(StepView::recipients).hasValueSatisfying(r -> assertThat(r).contains("subject:county-deputy-in-charge"));
        assertThat(third).map(StepView::recipients).hasValueSatisfying(r -> assertThat(r).contains("subject:county-head"));
        assertThat(good).isEmpty();
        assertThat(restart).map(StepView::action).contains(Action.REMINDER_LETTER);
        assertThat(restart).map(StepView::cause).hasValueSatisfying(c -> assertThat(c).contains("连续第1次"));
        assertThat(escalations.stepsFor(section)).hasSize(4).allSatisfy(s -> assertThat(s.rule().value()).isEqualTo("WA-4.3"));
    }

    @Test
    void aLadderOfTheWrongKindOrUnknownIsRefused() {
        var subject = SubjectRef.of("document", "esc-wrong");
        assertThatThrownBy(() -> escalations.recordOccurrence(subject, "reply-overdue", "p", false, null))
                .isInstanceOf(UserError.class).hasMessage("escalation.ladder-wrong-trigger");
        assertThatThrownBy(() -> escalations.watch(WatchRequest.of(subject, "nope", null, LocalDate.of(2022, 1, 4))))
                .hasMessage("escalation.ladder-unknown");
    }

    @Test
    void anAddresseeAcknowledgesAndOthersCannot() {
        var doc = SubjectRef.of("document", "esc-ack");
        escalations.watch(WatchRequest.of(doc, "reply-overdue", "确认", LocalDate.of(2022, 3, 1)));
        var step = firedOn(LocalDate.of(2022, 3, 1), doc).getFirst();
        assertThatThrownBy(() -> CurrentActor.runAs(CLERK, () -> escalations.acknowledge(step.id(), null)))
                .hasMessage("escalation.ack-not-addressee");
        CurrentActor.runAs(OFFICE, () -> escalations.acknowledge(step.id(), "已催办"));
        assertThat(escalations.step(step.id())).hasValueSatisfying(s -> {
            assertThat(s.acknowledgedBy()).isEqualTo("esc-office");
            assertThat(s.note()).isEqualTo("已催办");
        });
        assertThat(audit.search(new AuditQuery("esc-office", "escalation.step-acknowledged", null, null, null, 5))).isNotEmpty();
        assertThatThrownBy(() -> CurrentActor.runAs(OFFICE, () -> escalations.acknowledge(step.id(), null)))
                .hasMessage("escalation.already-acknowledged");
    }

    @Test
    void openStepsReachTheInboxOfTheirAddressees() {
        var doc = SubjectRef.of("document", "esc-inbox");
        escalations.watch(WatchRequest.of(doc, "reply-overdue", "收件箱中的请示", LocalDate.of(2022, 3, 2)));
        firedOn(LocalDate.of(2022, 3, 2), doc);
        assertThat(escalations.addressedTo(OFFICE, true, 500)).extracting(StepView::label).contains("收件箱中的请示");
        assertThat(escalations.addressedTo(CLERK, true, 500)).extracting(StepView::label).doesNotContain("收件箱中的请示");
    }

    @Test
    void aStepAddressedToAPostReachesWhoeverHoldsItToday() {
        directoryImport.load("""
                units:
                  - { id: esc-gov, name: 测试市人民政府, short: 测试市政府, kind: GOVERNMENT }
                  - { id: esc-office, name: 测试市人民政府办公室, short: 测试市政府办公室, kind: GENERAL_OFFICE, parent: esc-gov }
                people:
                  - { id: esc-secgen-person, name: 秘书长甲 }
                posts:
                  - { id: esc-secgen, title: 秘书长, kind: SECRETARY_GENERAL, unit: esc-office, rank: 1, head: true }
                terms:
                  - { post: esc-secgen, person: esc-secgen-person, source: test }
                """, "escalation-test");
        var secretaryGeneral = new Actor("esc-sg", "秘书长甲", Set.of(Role.SECRETARY_GENERAL), null,
                new org.zhengwu.kernel.PersonId("esc-secgen-person"));
        var doc = SubjectRef.of("document", "esc-red");
        escalations.watch(WatchRequest.of(doc, "reply-overdue", "红牌送秘书长", LocalDate.of(2022, 8, 1)));
        firedOn(LocalDate.of(2022, 8, 10), doc);
        assertThat(escalations.addressedTo(secretaryGeneral, true, 500)).extracting(StepView::action)
                .contains(Action.RED_NOTICE)
                .doesNotContain(Action.YELLOW_NOTICE);
    }

    @Test
    @DisplayName("WR-57 when the calendar changes, the pending steps move to the new working days")
    void aCalendarChangeReplansPendingSteps() {
        var doc = SubjectRef.of("document", "esc-calendar");
        // 2091 has no official data: Thursday 4 January + 2 working days = Monday 8 January
        escalations.watch(WatchRequest.of(doc, "reply-overdue", "跨年", LocalDate.of(2091, 1, 4)));
        var json = """
                {"year": 2091, "papers": [], "days": [{"name": "测试假日", "date": "2091-01-08", "isOffDay": true}]}""";
        CurrentActor.runAs(OFFICE, () -> calendar.load(json, "test-2091.json"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(escalations.pendingFor(doc, "reply-overdue"))
                        .contains(new PendingStep(1, LocalDate.of(2091, 1, 9))));
        assertThat(firedOn(LocalDate.of(2091, 1, 8), doc)).extracting(StepView::action).containsExactly(Action.REMINDER);
        assertThat(firedOn(LocalDate.of(2091, 1, 9), doc)).extracting(StepView::action)
                .containsExactly(Action.REMINDER, Action.YELLOW_NOTICE);
    }
}

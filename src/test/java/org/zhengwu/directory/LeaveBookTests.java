package org.zhengwu.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.zhengwu.IntegrationTest;
import org.zhengwu.MutableClock;
import org.zhengwu.audit.AuditQuery;
import org.zhengwu.audit.AuditTrail;
import org.zhengwu.directory.Acting.Reason;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.CurrentActor;

@IntegrationTest
class LeaveBookTests {

    static final LocalDate APRIL_6 = LocalDate.of(2022, 4, 6);
    static final LocalDate APRIL_8 = LocalDate.of(2022, 4, 8);

    @Autowired
    LeaveBook book;
    @Autowired
    Directory directory;
    @Autowired
    DirectoryImport imports;
    @Autowired
    AuditTrail audit;
    @Autowired
    MutableClock clock;

    TestGovernment gov;

    @BeforeEach
    void newGovernment() {
        gov = TestGovernment.load(imports, "leave");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("WR-76 asked 3 calendar days before leaving: accepted, pending the mayor")
    void threeDaysAheadIsAccepted() {
        clock.setDate(LocalDate.of(2022, 4, 3));
        var leave = as(gov.leader("vm1", Role.VICE_MAYOR), () -> book.requestLeave(gov.post("vm1"), APRIL_6, APRIL_8, "赴京学习", null));
        assertThat(leave.status()).isEqualTo(Leave.Status.REQUESTED);
        assertThat(leave.person()).isEqualTo(gov.person("vm1"));
        assertThat(leave.noticeGiven()).isTrue();
        assertThat(leave.exemption()).isNull();
        assertThat(leave.requestedOn()).isEqualTo(LocalDate.of(2022, 4, 3));
    }

    @Test
    @DisplayName("WR-76 asked 2 days before leaving: refused with rule WR-76 on the field from")
    void twoDaysAheadIsRefused() {
        clock.setDate(LocalDate.of(2022, 4, 4));
        assertThatThrownBy(() -> as(gov.office(), () -> book.requestLeave(gov.post("vm1"), APRIL_6, APRIL_8, "探亲", null)))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.rule().value()).isEqualTo("WR-76");
                    assertThat(e.field()).isEqualTo("from");
                    assertThat(e.messageKey()).isEqualTo("directory.leave.too-late");
                });
        assertThat(book.pending()).noneMatch(l -> l.post().equals(gov.post("vm1")));
    }

    @Test
    @DisplayName("WR-76 a late request for an important meeting: allowed, and the exemption is recorded and audited")
    void anExemptionAllowsALateRequestAndIsRecorded() {
        clock.setDate(LocalDate.of(2022, 4, 5));
        var leave = as(gov.office(), () -> book.requestLeave(gov.post("vm2"), APRIL_6, APRIL_6, "参加全省会议",
                "PROVINCIAL_MEETING"));
        assertThat(leave.exemption()).isEqualTo("PROVINCIAL_MEETING");
        assertThat(leave.noticeGiven()).isFalse();
        var record = audit.search(new AuditQuery(null, "leave.requested", "leave", Long.toString(leave.id()), null, 5));
        assertThat(record).singleElement().satisfies(r -> {
            assertThat(r.summary()).contains("exemption PROVINCIAL_MEETING", "notice not given");
            assertThat(r.ruleIds()).containsExactly("WR-76");
        });
    }

    @Test
    @DisplayName("WR-76 the check for the form: the last day to ask, and the finding when it has passed")
    void theCheckNamesTheLastDayToAsk() {
        clock.setDate(LocalDate.of(2022, 4, 4));
        var check = book.check(gov.post("vm1"), APRIL_6, null);
        assertThat(check.latestRequestDay()).isEqualTo(LocalDate.of(2022, 4, 3));
        assertThat(check.noticeGiven()).isFalse();
        assertThat(check.findings()).extracting(LeaveFinding::field).containsExactly("from");
        assertThat(book.check(gov.post("vm1"), LocalDate.of(2022, 4, 7), null).ok()).isTrue();
    }

    @Test
    @DisplayName("WR-76 a post kind the rule does not cover is refused: the deputy secretary-general, the mayor")
    void aPostTheRuleDoesNotCoverIsRefused() {
        clock.setDate(LocalDate.of(2022, 3, 1));
        for (var key : new String[] {"dsg", "mayor"}) {
            assertThatThrownBy(() -> as(gov.office(), () -> book.requestLeave(gov.post(key), APRIL_6, APRIL_8, "休假", null)))
                    .isInstanceOfSatisfying(UserError.class, e -> {
                        assertThat(e.rule().value()).isEqualTo("WR-76");
                        assertThat(e.field()).isEqualTo("post");
                    });
        }
    }

    @Test
    @DisplayName("WR-76 an exemption the rule pack does not list is refused")
    void anUnknownExemptionIsRefused() {
        clock.setDate(LocalDate.of(2022, 3, 1));
        assertThatThrownBy(() -> as(gov.office(), () -> book.requestLeave(gov.post("vm1"), APRIL_6, APRIL_8, "休假", "HOLIDAY")))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("exemption"));
    }

    @Test
    @DisplayName("WR-76 approval by the mayor changes who acts (WR-8), and is audited")
    void approvalChangesWhoActs() {
        clock.setDate(LocalDate.of(2022, 4, 1));
        var leave = as(gov.office(), () -> book.requestLeave(gov.post("vm1"), APRIL_6, APRIL_8, "出差", null));
        assertThat(directory.whoActsFor(gov.post("vm1"), APRIL_6).reason()).isEqualTo(Reason.HOLDER);
        var approved = as(gov.leader("mayor", Role.MAYOR), () -> book.approveLeave(leave.id()));
        assertThat(approved.status()).isEqualTo(Leave.Status.APPROVED);
        assertThat(approved.decidedByPerson()).isEqualTo(gov.person("mayor"));
        assertThat(directory.whoActsFor(gov.post("vm1"), APRIL_6).reason()).isEqualTo(Reason.SUBSTITUTE);
        assertThat(audit.search(new AuditQuery(null, "leave.approved", "leave", Long.toString(leave.id()), null, 5)))
                .singleElement().satisfies(r -> assertThat(r.actor()).isEqualTo(gov.prefix + "-mayor"));
    }

    @Test
    @DisplayName("WR-76 rejection leaves who acts unchanged")
    void rejectionDoesNotChangeWhoActs() {
        clock.setDate(LocalDate.of(2022, 4, 1));
        var leave = as(gov.office(), () -> book.requestLeave(gov.post("vm1"), APRIL_6, APRIL_8, "出差", null));
        var rejected = as(gov.leader("mayor", Role.MAYOR), () -> book.rejectLeave(leave.id(), "常务会议需出席"));
        assertThat(rejected.status()).isEqualTo(Leave.Status.REJECTED);
        assertThat(rejected.decisionNote()).isEqualTo("常务会议需出席");
        assertThat(directory.whoActsFor(gov.post("vm1"), APRIL_6).reason()).isEqualTo(Reason.HOLDER);
    }

    @Test
    @DisplayName("WR-76 with WR-6: while the mayor is away the executive vice-mayor decides, and the record names both rules")
    void thePresidingViceMayorDecidesWhileTheMayorIsAway() {
        clock.setDate(LocalDate.of(2022, 4, 1));
        as(gov.office(), () -> book.recordMayorAbsence(gov.post("mayor"), LocalDate.of(2022, 4, 1), APRIL_8, "赴省城"));
        var leave = as(gov.office(), () -> book.requestLeave(gov.post("vm3"), APRIL_6, APRIL_8, "出差", null));
        assertThat(book.approverOf(leave)).get().extracting(Acting::person).isEqualTo(gov.person("exec"));
        assertThatThrownBy(() -> as(gov.leader("mayor", Role.MAYOR), () -> book.approveLeave(leave.id())))
                .isInstanceOf(AccessDeniedException.class);
        as(gov.leader("exec", Role.VICE_MAYOR), () -> book.approveLeave(leave.id()));
        assertThat(audit.search(new AuditQuery(null, "leave.approved", "leave", Long.toString(leave.id()), null, 5)))
                .singleElement().satisfies(r -> assertThat(r.ruleIds()).containsExactly("WR-76", "WR-6"));
    }

    @Test
    void onlyTheOneWhoDecidesMayDecide() {
        clock.setDate(LocalDate.of(2022, 4, 1));
        var leave = as(gov.office(), () -> book.requestLeave(gov.post("vm1"), APRIL_6, APRIL_8, "出差", null));
        for (var other : new Actor[] {gov.leader("vm2", Role.VICE_MAYOR), gov.office(), gov.leader("vm1", Role.VICE_MAYOR)}) {
            assertThatThrownBy(() -> as(other, () -> book.approveLeave(leave.id()))).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void onlyTheHolderOrTheGeneralOfficeAsks() {
        clock.setDate(LocalDate.of(2022, 4, 1));
        assertThatThrownBy(() -> as(gov.leader("vm2", Role.VICE_MAYOR),
                () -> book.requestLeave(gov.post("vm1"), APRIL_6, APRIL_8, "出差", null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void leaveThatOverlapsAnotherOfTheSamePersonIsRefused() {
        clock.setDate(LocalDate.of(2022, 4, 1));
        as(gov.office(), () -> book.requestLeave(gov.post("vm1"), APRIL_6, APRIL_8, "出差", null));
        assertThatThrownBy(() -> as(gov.office(), () -> book.requestLeave(gov.post("vm1"), APRIL_8, LocalDate.of(2022, 4, 9), "出差", null)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("from"));
    }

    @Test
    @DisplayName("WR-6 the mayor's absence is recorded by the General Office only, without approval, and audited")
    void theMayorsAbsenceIsRecordedByTheGeneralOffice() {
        clock.setDate(LocalDate.of(2022, 4, 6));
        assertThatThrownBy(() -> as(gov.leader("mayor", Role.MAYOR),
                () -> book.recordMayorAbsence(gov.post("mayor"), APRIL_6, APRIL_8, "赴京")))
                .isInstanceOf(AccessDeniedException.class);
        var absence = as(gov.office(), () -> book.recordMayorAbsence(gov.post("mayor"), APRIL_6, APRIL_8, "赴京"));
        assertThat(absence.status()).isEqualTo(Leave.Status.RECORDED);
        assertThat(audit.search(new AuditQuery(null, "leave.mayor-absence-recorded", "leave",
                Long.toString(absence.id()), null, 5))).singleElement()
                .satisfies(r -> assertThat(r.ruleIds()).containsExactly("WR-6"));
        assertThatThrownBy(() -> as(gov.office(), () -> book.recordMayorAbsence(gov.post("vm1"), APRIL_6, APRIL_8, "赴京")))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("post"));
    }

    private static <T> T as(Actor actor, Supplier<T> work) {
        return CurrentActor.runAs(actor, work);
    }
}

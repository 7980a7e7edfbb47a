package org.zhengwu.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengwu.IntegrationTest;
import org.zhengwu.MutableClock;
import org.zhengwu.directory.Acting.Reason;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;

@IntegrationTest
class WhoActsForTests {

    static final LocalDate APRIL_6 = LocalDate.of(2022, 4, 6);
    static final LocalDate APRIL_8 = LocalDate.of(2022, 4, 8);

    @Autowired
    Directory directory;
    @Autowired
    LeaveBook book;
    @Autowired
    DirectoryImport imports;
    @Autowired
    MutableClock clock;

    TestGovernment gov;

    @BeforeEach
    void newGovernment() {
        gov = TestGovernment.load(imports, "acting");
        clock.setDate(LocalDate.of(2022, 3, 25));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theHolderActsWhenNotAway() {
        var acting = directory.whoActsFor(gov.post("vm1"), APRIL_6);
        assertThat(acting.reason()).isEqualTo(Reason.HOLDER);
        assertThat(acting.person()).isEqualTo(gov.person("vm1"));
        assertThat(acting.rule()).isNull();
        assertThat(acting.explanation()).contains("在岗");
    }

    @Test
    @DisplayName("WR-6 the mayor away: the executive vice-mayor presides, with reason and rule")
    void executiveViceMayorPresidesWhileTheMayorIsAway() {
        absent("mayor", APRIL_6, APRIL_8);
        var acting = directory.whoActsFor(gov.post("mayor"), LocalDate.of(2022, 4, 7));
        assertThat(acting.reason()).isEqualTo(Reason.PRESIDING_FOR_MAYOR);
        assertThat(acting.person()).isEqualTo(gov.person("exec"));
        assertThat(acting.actingAsPost()).isEqualTo(gov.post("exec"));
        assertThat(acting.rule().value()).isEqualTo("WR-6");
        assertThat(acting.explanation()).contains("4月6日至8日离聊", "负责常务工作的乙常务" + gov.prefix + "常务副市长",
                "工作规则第六条");
        assertThat(directory.whoActsFor(gov.post("mayor"), LocalDate.of(2022, 4, 9)).reason()).isEqualTo(Reason.HOLDER);
    }

    @Test
    @DisplayName("WR-6 the mayor and the executive vice-mayor away: the executive's substitute presides")
    void theExecutivesSubstitutePresidesWhenBothAreAway() {
        absent("mayor", APRIL_6, APRIL_8);
        onLeave("exec", APRIL_6, APRIL_8);
        var acting = directory.whoActsFor(gov.post("mayor"), APRIL_6);
        assertThat(acting.reason()).isEqualTo(Reason.PRESIDING_FOR_MAYOR);
        assertThat(acting.person()).isEqualTo(gov.person("vm1"));
        assertThat(acting.explanation()).contains("亦不在岗", "第六条、第八条");
    }

    @Test
    @DisplayName("WR-8 a vice-mayor on leave: the substitute acts")
    void theSubstituteActsForAViceMayorOnLeave() {
        onLeave("vm1", APRIL_6, APRIL_8);
        var acting = directory.whoActsFor(gov.post("vm1"), APRIL_6);
        assertThat(acting.reason()).isEqualTo(Reason.SUBSTITUTE);
        assertThat(acting.person()).isEqualTo(gov.person("vm2"));
        assertThat(acting.actingAsPost()).isEqualTo(gov.post("vm2"));
        assertThat(acting.rule().value()).isEqualTo("WR-8");
        assertThat(acting.explanation()).isEqualTo("丙副市长" + gov.prefix + "副市长4月6日至8日请假，由补位的丁副市长"
                + gov.prefix + "副市长代为处理（工作规则第八条）。");
    }

    @Test
    @DisplayName("WR-8 the substitute away too: the chain goes on to the next substitute")
    void theChainGoesOnWhenTheSubstituteIsAwayToo() {
        onLeave("vm1", APRIL_6, APRIL_8);
        onLeave("vm2", APRIL_6, APRIL_6);
        var acting = directory.whoActsFor(gov.post("vm1"), APRIL_6);
        assertThat(acting.reason()).isEqualTo(Reason.SUBSTITUTE);
        assertThat(acting.person()).isEqualTo(gov.person("vm3"));
        assertThat(acting.explanation()).contains("补位的丁副市长" + gov.prefix + "副市长亦不在岗");
        assertThat(directory.whoActsFor(gov.post("vm1"), LocalDate.of(2022, 4, 7)).person()).isEqualTo(gov.person("vm2"));
    }

    @Test
    @DisplayName("WR-8 nobody left along the ring: the mayor decides, and the explanation says so")
    void theMayorDecidesWhenTheWholeRingIsAway() {
        onLeave("vm1", APRIL_6, APRIL_8);
        onLeave("vm2", APRIL_6, APRIL_8);
        onLeave("vm3", APRIL_6, APRIL_8);
        var acting = directory.whoActsFor(gov.post("vm2"), APRIL_6);
        assertThat(acting.reason()).isEqualTo(Reason.REFERRED_TO_MAYOR);
        assertThat(acting.person()).isEqualTo(gov.person("mayor"));
        assertThat(acting.rule().value()).isEqualTo("WR-8");
        assertThat(acting.explanation()).contains("均不在岗", "甲市长" + gov.prefix + "市长处理");
    }

    @Test
    @DisplayName("WR-8 nobody left and the mayor away: whoever presides for the mayor decides")
    void whoeverPresidesDecidesWhenTheRingAndTheMayorAreAway() {
        onLeave("vm1", APRIL_6, APRIL_8);
        onLeave("vm2", APRIL_6, APRIL_8);
        onLeave("vm3", APRIL_6, APRIL_8);
        absent("mayor", APRIL_6, APRIL_8);
        var acting = directory.whoActsFor(gov.post("vm3"), APRIL_8);
        assertThat(acting.reason()).isEqualTo(Reason.REFERRED_TO_MAYOR);
        assertThat(acting.person()).isEqualTo(gov.person("exec"));
        assertThat(acting.actingAsPost()).isEqualTo(gov.post("exec"));
    }

    @Test
    void aDepartmentHeadAwayStaysTheHoldersWithNobodyNamed() {
        onLeave("dept-head", APRIL_6, APRIL_8);
        var acting = directory.whoActsFor(gov.post("dept-head"), APRIL_6);
        assertThat(acting.reason()).isEqualTo(Reason.HOLDER_AWAY);
        assertThat(acting.person()).isEqualTo(gov.person("head"));
        assertThat(acting.explanation()).contains("规则未规定");
    }

    @Test
    void aPostNobodyHoldsIsVacant() {
        var acting = directory.whoActsFor(gov.post("vm1"), LocalDate.of(2019, 12, 31));
        assertThat(acting.reason()).isEqualTo(Reason.VACANT);
        assertThat(acting.person()).isNull();
    }

    @Test
    void anUnknownPostIsAUserErrorNamingThePost() {
        assertThatThrownBy(() -> directory.whoActsFor(new PostId("no-such-post"), APRIL_6))
                .isInstanceOf(UserError.class).extracting(e -> ((UserError) e).field()).isEqualTo("post");
    }

    private void onLeave(String key, LocalDate from, LocalDate to) {
        var leave = CurrentActor.runAs(gov.office(), () -> book.requestLeave(gov.post(key), from, to, "出差", null));
        CurrentActor.runAs(gov.leader("mayor", Role.MAYOR), () -> book.approveLeave(leave.id()));
    }

    private void absent(String key, LocalDate from, LocalDate to) {
        CurrentActor.runAs(gov.office(), () -> book.recordMayorAbsence(gov.post(key), from, to, "赴省城开会"));
    }
}

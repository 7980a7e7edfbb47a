package org.zhengwu.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengwu.IntegrationTest;
import org.zhengwu.audit.AuditQuery;
import org.zhengwu.audit.AuditTrail;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.UserError;

@IntegrationTest
class AppointmentsTests {

    static final LocalDate MARCH_26 = LocalDate.of(2022, 3, 26);
    static final LocalDate MARCH_27 = LocalDate.of(2022, 3, 27);
    static final LocalDate MARCH_17 = LocalDate.of(2022, 3, 17);
    static final LocalDate A_YEAR_LATER = LocalDate.of(2023, 3, 27);
    static final String NOTICE = "聊政任〔2022〕10号";

    @Autowired
    Appointments appointments;
    @Autowired
    Directory directory;
    @Autowired
    DirectoryImport imports;
    @Autowired
    AuditTrail audit;

    TestGovernment gov;
    PersonId newcomer;

    @BeforeEach
    void newGovernment() {
        gov = TestGovernment.load(imports, "ap");
        newcomer = appointments.registerPerson(new PersonId(gov.prefix + "-newcomer"), "壬新任" + gov.prefix).id();
    }

    @Test
    @DisplayName("AP-1 a removal closes the term and an appointment opens one; the history keeps both")
    void removalAndAppointmentKeepTheHistory() {
        appointments.recordRemoval(gov.post("dsg"), gov.person("dsg"), MARCH_27, NOTICE);
        appointments.recordAppointment(gov.post("dsg"), newcomer, MARCH_27, NOTICE, List.of("列庚副秘书长之后"));
        assertThat(directory.holderOf(gov.post("dsg"), MARCH_26)).get().extracting(Person::id)
                .isEqualTo(gov.person("dsg"));
        assertThat(directory.holderOf(gov.post("dsg"), MARCH_27)).get().extracting(Person::id).isEqualTo(newcomer);
        assertThat(directory.history(gov.post("dsg"))).satisfiesExactly(
                before -> {
                    assertThat(before.to()).isEqualTo(MARCH_27);
                    assertThat(before.endSourceDoc()).isEqualTo(NOTICE);
                },
                after -> {
                    assertThat(after.from()).isEqualTo(MARCH_27);
                    assertThat(after.isOpen()).isTrue();
                    assertThat(after.qualifiers()).containsExactly("列庚副秘书长之后");
                });
        assertThat(directory.postsOf(gov.person("dsg"), MARCH_27)).isEmpty();
    }

    @Test
    @DisplayName("AP-1 an appointment to a held post ends the predecessor's term by the same notice")
    void anAppointmentEndsThePredecessorsTerm() {
        appointments.recordAppointment(gov.post("dept-head"), newcomer, MARCH_27, NOTICE, List.of("试用期一年"));
        var history = directory.history(gov.post("dept-head"));
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().to()).isEqualTo(MARCH_27);
        assertThat(history.getFirst().endSourceDoc()).isEqualTo(NOTICE);
        assertThat(directory.headOf(gov.unit("dept"), MARCH_27)).get().extracting(Person::id).isEqualTo(newcomer);
    }

    @Test
    @DisplayName("AP-1 recording the same notice twice changes nothing")
    void recordingTheSameNoticeTwiceChangesNothing() {
        appointments.recordAppointment(gov.post("dsg"), newcomer, MARCH_27, NOTICE, List.of());
        appointments.recordAppointment(gov.post("dsg"), newcomer, MARCH_27, NOTICE, List.of());
        appointments.recordRemoval(gov.post("dsg"), newcomer, A_YEAR_LATER, "聊政任〔2023〕1号");
        appointments.recordRemoval(gov.post("dsg"), newcomer, A_YEAR_LATER, "聊政任〔2023〕1号");
        assertThat(directory.history(gov.post("dsg"))).hasSize(2);
    }

    @Test
    @DisplayName("AP-1 each term that starts or ends is audited with the notice")
    void termChangesAreAudited() {
        appointments.recordAppointment(gov.post("dsg"), newcomer, MARCH_27, NOTICE, List.of());
        var records = audit.search(new AuditQuery(null, "office-term.", "post", gov.post("dsg").value(), null, 10));
        assertThat(records).extracting(r -> r.action()).containsExactlyInAnyOrder("office-term.started", "office-term.ended");
        assertThat(records).allSatisfy(r -> {
            assertThat(r.ruleIds()).containsExactly("AP-1");
            assertThat(r.summary()).contains(NOTICE);
        });
    }

    @Test
    void removingSomeoneWhoDoesNotHoldThePostIsAnError() {
        assertThatThrownBy(() -> appointments.recordRemoval(gov.post("dsg"), newcomer, MARCH_27, NOTICE))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("person"));
    }

    @Test
    void anAppointmentBeforeALaterOneIsAnError() {
        appointments.recordAppointment(gov.post("dsg"), newcomer, MARCH_27, NOTICE, List.of());
        assertThatThrownBy(() -> appointments.recordAppointment(gov.post("dsg"), gov.person("head"),
                MARCH_17, "聊政任〔2022〕8号", List.of()))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("from"));
    }

    @Test
    void aNoticeNumberIsRequired() {
        assertThatThrownBy(() -> appointments.recordAppointment(gov.post("dsg"), newcomer, MARCH_27, " ", List.of()))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("sourceDocNumber"));
    }
}

package org.zhengwu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.IntegrationTest;
import org.zhengwu.gazette.AppointmentsPublished;
import org.zhengwu.gazette.AppointmentsPublished.Action;
import org.zhengwu.gazette.AppointmentsPublished.Entry;
import org.zhengwu.gazette.domain.model.Appointment;
import org.zhengwu.gazette.domain.parse.GazetteParser;
import org.zhengwu.kernel.PostId;

/** AP-1: the directory's office-holders follow the appointment notices the gazette publishes. */
@IntegrationTest
class NoticeAppointmentsTests {

    static final LocalDate SIGNED = LocalDate.of(2022, 6, 20);

    @Autowired DirectoryImport directoryImport;
    @Autowired Directory directory;
    @Autowired Appointments appointments;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;

    private void publish(AppointmentsPublished notice) {
        tx.executeWithoutResult(status -> events.publishEvent(notice));
    }

    private void awaitListeners() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND listener_id LIKE '%NoticeAppointments%'")
                .query(Integer.class).single() == 0);
    }

    @Test
    @DisplayName("AP-1 a notice's removals free seats, its appointments fill them or open new ones, the rest waits for the office")
    void followsANotice() {
        directoryImport.load("""
                units:
                  - { id: np-gov, name: 某测市人民政府, short: 某测市政府, kind: GOVERNMENT }
                  - { id: np-office, name: 某测市人民政府办公室, short: 某测市政府办公室, kind: GENERAL_OFFICE, parent: np-gov }
                  - { id: np-police, name: 某测市公安局, short: 某测公安局, kind: DEPARTMENT, parent: np-gov, head: 局长 }
                people:
                  - { id: np-a, name: 测甲 }
                  - { id: np-b, name: 测乙 }
                posts:
                  - { id: np-dsg-1, title: 副秘书长, kind: DEPUTY_SECRETARY_GENERAL, unit: np-office, rank: 2 }
                  - { id: np-dsg-2, title: 副秘书长, kind: DEPUTY_SECRETARY_GENERAL, unit: np-office, rank: 3 }
                terms:
                  - { post: np-dsg-1, person: np-a, source: test }
                  - { post: np-dsg-2, person: np-b, source: test }
                """, "notice-test");
        publish(new AppointmentsPublished("doc-np", "某测任〔2022〕1号", SIGNED, 1, 1, List.of(
                new Entry(Action.APPOINT, "测丙", "某测市人民政府副秘书长", List.of("列测甲之后")),
                new Entry(Action.REMOVE, "测乙", "某测市人民政府副秘书长", List.of()),
                new Entry(Action.APPOINT, "测丁", "某测市公安局督察长", List.of()),
                new Entry(Action.REMOVE, "测戊", "某测市公安局副局长", List.of()),
                new Entry(Action.APPOINT, "测己", "某测市不存在局局长", List.of()))));
        awaitListeners();

        assertThat(directory.holderOf(new PostId("np-dsg-2"), SIGNED)).map(Person::name).contains("测丙");
        assertThat(directory.holderOf(new PostId("np-dsg-1"), SIGNED)).map(Person::name).contains("测甲");
        assertThat(directory.history(new PostId("np-dsg-2"))).anySatisfy(t -> {
            assertThat(directory.person(t.person())).map(Person::name).contains("测丙");
            assertThat(t.qualifiers()).containsExactly("列测甲之后");
            assertThat(t.sourceDoc()).isEqualTo("某测任〔2022〕1号");
        });
        var opened = directory.postsIn(new org.zhengwu.kernel.OrgUnitId("np-police")).stream()
                .filter(p -> p.title().equals("督察长")).toList();
        assertThat(opened).singleElement()
                .satisfies(p -> assertThat(directory.holderOf(p.id(), SIGNED)).map(Person::name).contains("测丁"));
        assertThat(appointments.unplaced()).filteredOn(u -> u.docNumber().equals("某测任〔2022〕1号"))
                .extracting(UnplacedAppointment::person, UnplacedAppointment::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("测戊", "directory.notice.person-unknown"),
                        org.assertj.core.groups.Tuple.tuple("测己", "directory.notice.unit-unknown"));
    }

    @Test
    @DisplayName("AP-1 the seed's two notices place every entry in the demo directory, and again changes nothing")
    void theSeedNoticesFitTheDemoDirectory() throws Exception {
        directoryImport.load(new ClassPathResource("demo/directory.yaml"));
        var seed = new String(new ClassPathResource("demo/gazette/liaocheng-2022-03.txt").getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        var notices = new GazetteParser().parse(seed).documents().stream()
                .filter(d -> !d.appointments().isEmpty()).toList();
        assertThat(notices).hasSize(2);
        for (int round = 0; round < 2; round++) {
            notices.forEach(d -> publish(new AppointmentsPublished("seed-" + d.docNumber(), d.docNumber().toString(),
                    d.signedDate(), 1, 1, d.appointments().stream().map(NoticeAppointmentsTests::entry).toList())));
            awaitListeners();
        }
        assertThat(appointments.unplaced()).filteredOn(u -> u.docNumber().startsWith("聊政任")).isEmpty();
        assertThat(directory.holderOf(new PostId("deputy-secretary-general-2"), LocalDate.of(2022, 3, 27)))
                .map(Person::name).contains("郭志刚");
    }

    private static Entry entry(Appointment a) {
        return new Entry(Action.valueOf(a.action().name()), a.person(), a.post(), a.qualifiers());
    }
}

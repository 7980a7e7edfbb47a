package org.zhengwu.document.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengwu.document.outgoing.OutgoingFixture.as;
import static org.zhengwu.document.outgoing.OutgoingFixture.draft;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;
import org.zhengwu.IntegrationTest;
import org.zhengwu.MutableClock;
import org.zhengwu.directory.DirectoryImport;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.Actor;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The demo directory of Liaocheng with the deputy for documents the demo names (演示假设). */
@IntegrationTest
class OutgoingDemoTests {

    @Autowired DirectoryImport imports;
    @Autowired GovernmentPosts posts;
    @Autowired OutgoingDesk desk;
    @Autowired OutgoingSignOff signOff;
    @Autowired OutgoingReading reading;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The demo account as demo/accounts.yaml declares it: roles, unit and person. */
    static Actor account(String username) throws IOException {
        try (var in = new ClassPathResource("demo/accounts.yaml").getInputStream()) {
            for (var n : YAMLMapper.builder().build().readTree(in).get("accounts")) {
                if (n.get("username").asString().equals(username)) {
                    var roles = EnumSet.noneOf(Role.class);
                    n.get("roles").forEach(r -> roles.add(Role.valueOf(r.asString())));
                    return new Actor(username, n.get("displayName").asString(), roles,
                            n.has("unit") ? new OrgUnitId(n.get("unit").asString()) : null,
                            n.has("person") ? new PersonId(n.get("person").asString()) : null);
                }
            }
        }
        throw new AssertionError("no demo account " + username);
    }

    @Test
    @DisplayName("WR-60 in the demo: the head of 市生态环境局 signs off his department's document; the head of 市住房城乡建设局 cannot")
    void aDemoDepartmentHeadSignsOffHisUnitsDocumentOnly() throws IOException {
        imports.load(new ClassPathResource("demo/directory.yaml"));
        imports.load(new ClassPathResource("demo/document-outgoing.yaml"));
        imports.load(new ClassPathResource("demo/department-heads.yaml"));
        clock.setDate(LocalDate.of(2022, 4, 11));
        for (var unit : new String[] {"sthjj", "zjj", "sfj"}) {
            var head = posts.directory().whoActsFor(new PostId(unit + "-head"), LocalDate.of(2022, 4, 11)).person();
            assertThat(head).as(unit).isNotNull();
            var login = account("head-" + (unit.equals("sthjj") ? "sthj" : unit));
            assertThat(login.person()).isEqualTo(head);
            assertThat(login.orgUnit()).isEqualTo(new OrgUnitId(unit));
        }
        var clerk = account("clerk-sthj");
        var id = as(clerk, () -> desk.draft(draft(Issuer.DEPARTMENT, Category.OTHER).prefix("聊环函")
                .title("关于开展2022年重点排污单位自行监测帮扶的通知").addressees("各重点排污单位")
                .body("为提升自行监测质量，现就有关事项通知如下。").input()));
        as(clerk, () -> desk.submit(id));
        assertThat(as(clerk, () -> reading.view(id)).nextPosts()).containsExactly(new PostId("sthjj-head"));

        assertThatThrownBy(() -> as(account("head-zjj"), () -> signOff.signOff(id, "签发")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(account("head-sthj"), () -> signOff.signOff(id, "签发"))).startsWith("聊环函〔2022〕");
        var signed = as(clerk, () -> reading.view(id));
        assertThat(signed.draft().status()).isEqualTo(Status.SIGNED);
        assertThat(signed.steps().getLast().actor()).isEqualTo("head-sthj");
    }

    @Test
    @DisplayName("WR-58 in the demo: 市生态环境局's business deputy seat is vacant after 聊政任〔2022〕10号, so the deputy for documents reviews; WR-59.5 王峰's post signs")
    void theDemoGovernmentResolvesEveryPostOfTheChain() {
        imports.load(new ClassPathResource("demo/directory.yaml"));
        imports.load(new ClassPathResource("demo/document-outgoing.yaml"));
        var sthjj = new OrgUnitId("sthjj");
        assertThat(posts.reviewer(Reviewer.DOCUMENTS_DEPUTY, sthjj)).contains(new PostId("deputy-secretary-general-1"));
        assertThat(posts.reviewer(Reviewer.BUSINESS_DEPUTY, sthjj)).contains(new PostId("deputy-secretary-general-3"));
        assertThat(posts.directory().whoActsFor(new PostId("deputy-secretary-general-3"), LocalDate.of(2022, 4, 11)).person())
                .isNull();
        assertThat(posts.reviewer(Reviewer.SECRETARY_GENERAL, sthjj)).contains(new PostId("secretary-general"));
        assertThat(posts.ofKind(sthjj, "MAYOR")).contains(new PostId("mayor"));
        assertThat(posts.leaderInChargeOf(sthjj)).contains(new PostId("vice-mayor-1"));
        assertThat(posts.unitNamed(sthjj, desk.rules().legalityReviewerSuffix()).map(u -> u.id().value())).contains("sfj");
    }
}

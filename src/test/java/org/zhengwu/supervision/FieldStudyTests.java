package org.zhengwu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.directory.SignedIn.as;
import static org.zhengwu.supervision.SupervisionFixture.CLERK_SFJ;
import static org.zhengwu.supervision.SupervisionFixture.CLERK_STHJ;
import static org.zhengwu.supervision.SupervisionFixture.DEPUTY;
import static org.zhengwu.supervision.SupervisionFixture.OFFICE;
import static org.zhengwu.supervision.SupervisionFixture.SECGEN;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.IntegrationTest;
import org.zhengwu.audit.AuditQuery;
import org.zhengwu.audit.AuditTrail;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.supervision.persistence.SupervisedItemStore;

/** WR-71(三) 督查调研: field studies of important items, on the item's page and in the summary report (WR-71(四)). */
@IntegrationTest
class FieldStudyTests extends SupervisionWorld {

    @Autowired ManualItems manual;
    @Autowired ItemDesk desk;
    @Autowired FieldStudies studies;
    @Autowired SupervisedItemStore store;
    @Autowired AuditTrail audit;
    @Autowired MockMvc mvc;

    String openItem(String title) {
        var id = CurrentActor.runAs(OFFICE, () -> manual.propose(new ManualItems.Propose("DEPLOYMENT", title, null,
                "sthjj", List.of("yanggu"), LocalDate.of(2022, 6, 30), null)));
        CurrentActor.runAs(DEPUTY, () -> desk.review(id, null));
        CurrentActor.runAs(SECGEN, () -> desk.approve(id, null));
        return id;
    }

    static FieldStudies.RecordStudy study(String findings) {
        return new FieldStudies.RecordStudy(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 2), List.of("sthjj", "yanggu"),
                "阳谷县张秋镇金堤河张秋闸", findings);
    }

    @Test
    @DisplayName("WR-71(三) only an important item is studied in the field; the office marks it important, once")
    void onlyAnImportantItemIsStudied() {
        var id = openItem("金堤河水质提升");
        assertThatThrownBy(() -> CurrentActor.runAs(OFFICE, () -> studies.record(id, study("水质达标"), List.of())))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.field()).isEqualTo("important");
                    assertThat(e.rule().value()).isEqualTo("WR-71");
                });
        assertThatThrownBy(() -> CurrentActor.runAs(CLERK_STHJ, () -> desk.markImportant(id)))
                .isInstanceOf(AccessDeniedException.class);
        CurrentActor.runAs(OFFICE, () -> desk.markImportant(id));
        assertThat(store.find(id).orElseThrow().important()).isTrue();
        assertThatThrownBy(() -> CurrentActor.runAs(OFFICE, () -> desk.markImportant(id))).isInstanceOf(UserError.class);
        assertThat(audit.search(new AuditQuery(null, "supervision.important-marked", "supervision-item", id, null, 5)))
                .singleElement().satisfies(r -> assertThat(r.ruleIds()).containsExactly("WR-71"));
    }

    @Test
    @DisplayName("WR-71(三) the office records a field study: dates, units, places, findings, an attachment; audited")
    void officeRecordsAFieldStudy() {
        var id = openItem("徒骇河断面达标");
        CurrentActor.runAs(OFFICE, () -> desk.markImportant(id));
        assertThatThrownBy(() -> CurrentActor.runAs(CLERK_STHJ, () -> studies.record(id, study("x"), List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CurrentActor.runAs(OFFICE, () -> studies.record(id, new FieldStudies.RecordStudy(
                LocalDate.of(2022, 4, 6), LocalDate.of(2022, 4, 7), List.of("sthjj"), "某地", "某发现"), List.of())))
                .as("a study is recorded after it was held").isInstanceOfSatisfying(UserError.class,
                        e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> CurrentActor.runAs(OFFICE, () -> studies.record(id, new FieldStudies.RecordStudy(
                LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 1), List.of(), "某地", "某发现"), List.of())))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("units"));
        long sid = CurrentActor.runAs(OFFICE, () -> studies.record(id, study("闸前水质已达III类"),
                List.of(new Upload("现场记录.pdf", "application/pdf", new byte[] {4, 5, 6}))));
        assertThat(studies.of(id)).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(sid);
            assertThat(s.units()).containsExactly(new OrgUnitId("sthjj"), new OrgUnitId("yanggu"));
            assertThat(s.places()).isEqualTo("阳谷县张秋镇金堤河张秋闸");
            assertThat(s.findings()).isEqualTo("闸前水质已达III类");
            assertThat(s.attachments()).extracting(Report.Attachment::filename).containsExactly("现场记录.pdf");
        });
        assertThat(audit.search(new AuditQuery(null, "supervision.field-study-recorded", "supervision-item", id, null, 5)))
                .singleElement().satisfies(r -> assertThat(r.ruleIds()).containsExactly("WR-71"));
    }

    @Test
    @DisplayName("WR-71(三)(四) the study is on the item's page and timeline and in the period's summary report")
    void fieldStudyOnThePageAndInTheSummary() throws Exception {
        var id = openItem("马颊河入河排污口整治");
        mvc.perform(post("/supervision/items/" + id + "/important").with(csrf()).with(as(OFFICE)))
                .andExpect(redirectedUrl("/supervision/items/" + id));
        var file = new MockMultipartFile("files", "调研照片.jpg", "image/jpeg", new byte[] {1, 2});
        mvc.perform(multipart("/supervision/items/" + id + "/field-studies").file(file).param("from", "2022-04-01")
                .param("to", "2022-04-01").param("units", "sthjj", "yanggu").param("places", "阳谷县马颊河排污口")
                .param("findings", "排污口已封堵九处").with(csrf()).with(as(OFFICE)))
                .andExpect(redirectedUrl("/supervision/items/" + id));
        var study = studies.of(id).getFirst();
        mvc.perform(get("/supervision/items/" + id).with(as(OFFICE))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"field-studies\"")))
                .andExpect(content().string(containsString("data-kind=\"STUDY\"")))
                .andExpect(content().string(containsString("排污口已封堵九处")));
        mvc.perform(get("/supervision/summary").param("from", "2022-04-01").param("to", "2022-12-31").with(as(OFFICE)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("本期督查调研")))
                .andExpect(content().string(containsString("排污口已封堵九处")));
        mvc.perform(get("/supervision/summary").param("from", "2022-05-01").param("to", "2022-12-31").with(as(OFFICE)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(containsString("排污口已封堵九处"))));
        var attachment = study.attachments().getFirst().id();
        mvc.perform(get("/supervision/field-study-attachments/" + attachment).with(as(CLERK_STHJ)))
                .andExpect(status().isOk()).andExpect(content().bytes(new byte[] {1, 2}));
        mvc.perform(get("/supervision/field-study-attachments/" + attachment).with(as(CLERK_SFJ)))
                .andExpect(status().isNotFound());
    }
}

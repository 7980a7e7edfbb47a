package org.zhengwu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.directory.SignedIn.as;
import static org.zhengwu.supervision.SupervisionFixture.CLERK_SFJ;
import static org.zhengwu.supervision.SupervisionFixture.CLERK_STHJ;
import static org.zhengwu.supervision.SupervisionFixture.CLERK_ZJJ;
import static org.zhengwu.supervision.SupervisionFixture.OFFICE;
import static org.zhengwu.supervision.SupervisionFixture.SECGEN;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.IntegrationTest;
import org.zhengwu.audit.AuditQuery;
import org.zhengwu.audit.AuditTrail;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.supervision.FieldInspection.Status;

/** WR-70 从严控制各类实地督查活动: whole-city coverage, approval of cross-department inspections and county notices. */
@IntegrationTest
class FieldInspectionTests extends SupervisionWorld {

    @Autowired FieldInspections inspections;
    @Autowired AuditTrail audit;
    @Autowired MockMvc mvc;
    @Autowired SupervisionTodos todos;

    static FieldInspections.Request request(String organiser, boolean cross, boolean wholeCity, boolean unified,
            boolean notice) {
        return new FieldInspections.Request(organiser, "城区黑臭水体整治实地督查", LocalDate.of(2022, 4, 11),
                LocalDate.of(2022, 4, 13), List.of("dongchangfu", "zjj"), cross, wholeCity, unified, notice);
    }

    @Test
    @DisplayName("WR-70 a whole-city full-coverage inspection is refused unless the municipal committee and government deploy it")
    void wholeCityOnlyByUnifiedDeployment() {
        assertThatThrownBy(() -> CurrentActor.runAs(OFFICE, () -> inspections.request(request("general-office", false,
                true, false, false)))).isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.field()).isEqualTo("wholeCity");
                    assertThat(e.rule().value()).isEqualTo("WR-70");
                });
        var id = CurrentActor.runAs(OFFICE, () -> inspections.request(request("general-office", false, true, true, false)));
        var found = inspections.find(id, OFFICE).orElseThrow();
        assertThat(found.wholeCity()).isTrue();
        assertThat(found.needsApproval()).isFalse();
        assertThat(found.scope()).extracting(u -> u.value()).containsExactly("dongchangfu", "zjj");
    }

    @Test
    @DisplayName("WR-70 a cross-department inspection in a department's name needs the secretary-general's approval before it starts")
    void crossDepartmentInADepartmentsNameNeedsApproval() {
        var id = CurrentActor.runAs(CLERK_STHJ, () -> inspections.request(request("sthjj", true, false, false, false)));
        assertThat(inspections.find(id, CLERK_STHJ).orElseThrow().needsApproval()).isTrue();
        assertThatThrownBy(() -> CurrentActor.runAs(CLERK_STHJ, () -> inspections.start(id)))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("supervision.inspection.unapproved");
                    assertThat(e.rule().value()).isEqualTo("WR-70");
                });
        assertThatThrownBy(() -> CurrentActor.runAs(OFFICE, () -> inspections.approve(id, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CurrentActor.runAs(CLERK_ZJJ, () -> inspections.start(id)))
                .as("a unit it visits does not start it").isInstanceOf(AccessDeniedException.class);
        assertThat(todos.itemsFor(SECGEN)).as("我的待办").anySatisfy(t -> {
            assertThat(t.kind()).isEqualTo("supervision.todo.inspection-approve");
            assertThat(t.link()).isEqualTo("/supervision/inspections/" + id);
        });
        CurrentActor.runAs(SECGEN, () -> inspections.approve(id, "同意"));
        assertThat(todos.itemsFor(SECGEN)).noneMatch(t -> t.link().equals("/supervision/inspections/" + id));
        assertThat(inspections.find(id, OFFICE).orElseThrow().status()).isEqualTo(Status.APPROVED);
        CurrentActor.runAs(CLERK_STHJ, () -> inspections.start(id));
        var started = inspections.find(id, OFFICE).orElseThrow();
        assertThat(started.status()).isEqualTo(Status.STARTED);
        assertThat(started.startedOn()).isEqualTo(LocalDate.of(2022, 4, 6));
        assertThat(audit.search(new AuditQuery(null, null, "field-inspection", id, null, 10)))
                .hasSize(3).allSatisfy(r -> assertThat(r.ruleIds()).containsExactly("WR-70"));
    }

    @Test
    @DisplayName("WR-70 the office's own cross-department inspection starts without approval; a notice to the counties needs it")
    void officeInspectionAndCountyNotice() {
        var own = CurrentActor.runAs(OFFICE, () -> inspections.request(request("general-office", true, false, false, false)));
        assertThat(inspections.find(own, OFFICE).orElseThrow().needsApproval()).isFalse();
        assertThatThrownBy(() -> CurrentActor.runAs(SECGEN, () -> inspections.approve(own, null)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.rule().value()).isEqualTo("WR-70"));
        CurrentActor.runAs(OFFICE, () -> inspections.start(own));
        assertThat(inspections.find(own, OFFICE).orElseThrow().status()).isEqualTo(Status.STARTED);
        var notice = CurrentActor.runAs(OFFICE, () -> inspections.request(request("general-office", false, false, false, true)));
        assertThat(inspections.find(notice, OFFICE).orElseThrow().needsApproval()).isTrue();
        assertThatThrownBy(() -> CurrentActor.runAs(OFFICE, () -> inspections.start(notice))).isInstanceOf(UserError.class);
        var single = CurrentActor.runAs(CLERK_STHJ, () -> inspections.request(request("sthjj", false, false, false, false)));
        assertThat(inspections.find(single, CLERK_STHJ).orElseThrow().needsApproval())
                .as("a department's inspection of its own line of work").isFalse();
    }

    @Test
    @DisplayName("WR-70 a clerk asks only in their own unit's name; bad dates, an empty scope are refused with their field")
    void badRequestsAreRefused() {
        assertThatThrownBy(() -> CurrentActor.runAs(CLERK_STHJ, () -> inspections.request(request("zjj", true, false,
                false, false)))).isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("organiser"));
        assertThatThrownBy(() -> CurrentActor.runAs(OFFICE, () -> inspections.request(new FieldInspections.Request(
                "general-office", "督查", LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 2), List.of("zjj"), false, false,
                false, false)))).isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> CurrentActor.runAs(OFFICE, () -> inspections.request(new FieldInspections.Request(
                "general-office", "督查", LocalDate.of(2022, 4, 11), LocalDate.of(2022, 4, 12), List.of(), false, false,
                false, false)))).isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("scope"));
    }

    @Test
    @DisplayName("WR-70 the API: problem+json with field and rule; an unapproved inspection does not start; approved, it does")
    void throughTheApi() throws Exception {
        var body = """
                {"organiser":"sthjj","title":"城乡供水实地督查","from":"2022-04-11","to":"2022-04-12",
                 "scope":["yanggu","shenxian"],"crossDepartment":true,"wholeCity":%s,"unifiedDeployment":false,
                 "noticeToCounties":false}""";
        mvc.perform(post("/api/v1/supervision/inspections").contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("true")).with(csrf()).with(as(CLERK_STHJ)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("wholeCity"))
                .andExpect(jsonPath("$.rule").value("WR-70"));
        var created = mvc.perform(post("/api/v1/supervision/inspections").contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("false")).with(csrf()).with(as(CLERK_STHJ)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.needsApproval").value(true))
                .andExpect(jsonPath("$.status").value("REQUESTED")).andReturn().getResponse().getContentAsString();
        var id = tools.jackson.databind.json.JsonMapper.builder().build().readTree(created).get("id").asString();
        mvc.perform(post("/api/v1/supervision/inspections/" + id + "/start").with(csrf()).with(as(CLERK_STHJ)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("status"))
                .andExpect(jsonPath("$.rule").value("WR-70"));
        mvc.perform(post("/api/v1/supervision/inspections/" + id + "/approve").contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"同意\"}").with(csrf()).with(as(SECGEN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post("/api/v1/supervision/inspections/" + id + "/start").with(csrf()).with(as(CLERK_STHJ)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("STARTED"));
        mvc.perform(get("/api/v1/supervision/inspections").with(as(CLERK_SFJ)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(containsString(id))));
        mvc.perform(get("/api/v1/supervision/inspections").with(as(OFFICE)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(id)));
    }

    @Test
    @DisplayName("WR-70 the pages: a unit asks on the form, sees it waiting for approval; the secretary-general approves it there")
    void throughThePages() throws Exception {
        mvc.perform(get("/supervision/inspections").with(as(CLERK_STHJ))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"inspection-form\"")));
        var location = mvc.perform(post("/supervision/inspections").param("organiser", "sthjj").param("title", "饮用水水源地实地督查")
                .param("from", "2022-04-18").param("to", "2022-04-19").param("scope", "guanxian", "gaotang")
                .param("noticeToCounties", "true").with(csrf()).with(as(CLERK_STHJ)))
                .andExpect(redirectedUrlPattern("/supervision/inspections/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as(SECGEN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"approve\"")));
        mvc.perform(post(location + "/start").with(csrf()).with(as(CLERK_STHJ)))
                .andExpect(redirectedUrlPattern("/supervision/inspections/*"));
        mvc.perform(get(location).with(as(CLERK_STHJ))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-status=\"REQUESTED\"")));
        mvc.perform(post(location + "/approve").with(csrf()).with(as(SECGEN)));
        mvc.perform(get(location).with(as(CLERK_STHJ))).andExpect(content().string(containsString("data-status=\"APPROVED\"")));
        mvc.perform(post("/supervision/inspections").param("organiser", "general-office").param("title", "全市督查")
                .param("from", "2022-04-18").param("to", "2022-04-19").param("scope", "guanxian").param("wholeCity", "true")
                .with(csrf()).with(as(OFFICE))).andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/supervision/inspections"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("errorField", "wholeCity"));
    }
}

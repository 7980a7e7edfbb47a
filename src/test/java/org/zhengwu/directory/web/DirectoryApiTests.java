package org.zhengwu.directory.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.directory.SignedIn.as;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.IntegrationTest;
import org.zhengwu.MutableClock;
import org.zhengwu.directory.DirectoryImport;
import org.zhengwu.directory.TestGovernment;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.Actor;

@IntegrationTest
class DirectoryApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    DirectoryImport imports;
    @Autowired
    MutableClock clock;

    TestGovernment gov;
    Actor clerk;

    @BeforeEach
    void newGovernment() {
        gov = TestGovernment.load(imports, "api");
        clerk = new Actor(gov.prefix + "-clerk", "clerk", Set.of(Role.CLERK), gov.unit("dept"), null);
        clock.setDate(LocalDate.of(2022, 4, 1));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void listsTheUnits() throws Exception {
        mvc.perform(get("/api/v1/directory/units").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(gov.prefix + "-dept")));
    }

    @Test
    void showsAUnitWithItsPostsHoldersAndWhoIsInCharge() throws Exception {
        mvc.perform(get("/api/v1/directory/units/{id}", gov.prefix + "-dept").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.kind").value("DEPARTMENT"))
                .andExpect(jsonPath("$.supervisingUnit.id").value(gov.prefix + "-gov"))
                .andExpect(jsonPath("$.inCharge.id").value(gov.prefix + "-vm1"))
                .andExpect(jsonPath("$.deputyInCharge.id").value(gov.prefix + "-dsg"))
                .andExpect(jsonPath("$.posts[0].holder.id").value(gov.prefix + "-head"))
                .andExpect(jsonPath("$.posts[0].history[0].from").value("2020-01-01"));
        mvc.perform(get("/api/v1/directory/units/{id}", "no-such-unit").with(as(clerk)))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("WR-8 over REST: who acts for a vice-mayor on a day, with reason, rule and explanation")
    void answersWhoActs() throws Exception {
        mvc.perform(get("/api/v1/directory/acting").param("post", gov.prefix + "-vm1").param("date", "2022-04-06")
                        .with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reason").value("HOLDER"))
                .andExpect(jsonPath("$.person").value(gov.prefix + "-vm1"))
                .andExpect(jsonPath("$.date").value("2022-04-06"));
    }

    @Test
    void aBadDateOrAnUnknownPostIsAProblemNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/directory/acting").param("post", gov.prefix + "-vm1").param("date", "2022-04-31")
                        .with(as(clerk)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("date"));
        mvc.perform(get("/api/v1/directory/acting").param("post", "no-such-post").with(as(clerk)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("post"));
        mvc.perform(get("/api/v1/directory/acting").param("post", "Not An Id").with(as(clerk)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("post"));
    }

    @Test
    @DisplayName("WR-76 over REST: a request in time is created; a late one is a problem naming rule and field")
    void asksForLeave() throws Exception {
        var office = gov.office();
        mvc.perform(post("/api/v1/directory/leave").with(as(office)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(leave("vm1", "2022-04-06", "2022-04-08", null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REQUESTED"))
                .andExpect(jsonPath("$.person").value(gov.prefix + "-vm1"));
        mvc.perform(post("/api/v1/directory/leave").with(as(office)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(leave("vm2", "2022-04-03", "2022-04-03", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("WR-76"))
                .andExpect(jsonPath("$.field").value("from"));
    }

    @Test
    @DisplayName("WR-76 a CLERK cannot approve leave (403); the mayor can")
    void aClerkCannotApprove() throws Exception {
        var created = mvc.perform(post("/api/v1/directory/leave").with(as(gov.office())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(leave("vm1", "2022-04-06", "2022-04-06", null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var id = created.replaceAll(".*\"id\":(\\d+).*", "$1");
        mvc.perform(post("/api/v1/directory/leave/{id}/approve", id).with(as(clerk)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/directory/leave/{id}/approve", id).with(as(gov.leader("vm2", Role.VICE_MAYOR))).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/directory/leave/{id}/approve", id).with(as(gov.leader("mayor", Role.MAYOR))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void theDirectoryIsNotPublic() throws Exception {
        mvc.perform(get("/api/v1/directory/units")).andExpect(status().isUnauthorized());
    }

    private String leave(String post, String from, String to, String exemption) {
        return """
                {"post": "%s", "from": "%s", "to": "%s", "reason": "出差", "exemption": %s}"""
                .formatted(gov.prefix + "-" + post, from, to, exemption == null ? "null" : "\"" + exemption + "\"");
    }
}

package org.zhengwu.document.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.directory.SignedIn.as;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.IntegrationTest;
import org.zhengwu.directory.DirectoryImport;
import org.zhengwu.directory.TestGovernment;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.Actor;
import tools.jackson.databind.json.JsonMapper;

/** A document id that names nothing is 404 problem+json (the id its field), never 400, on the API and the pages. */
@IntegrationTest
class MissingDocumentTests {

    static final String NONE = "987654321";

    @Autowired MockMvc mvc;
    @Autowired DirectoryImport imports;

    TestGovernment gov;
    Actor clerk;
    Actor office;

    @BeforeEach
    void government() {
        gov = TestGovernment.load(imports, "missing");
        clerk = new Actor(gov.prefix + "-clerk", "clerk", Set.of(Role.CLERK), gov.unit("dept"), null);
        office = new Actor(gov.prefix + "-office", "office", Set.of(Role.OFFICE_STAFF), gov.unit("office"), null);
    }

    @Test
    void aMissingOutgoingDocumentIs404ProblemJsonForEveryAction() throws Exception {
        mvc.perform(get("/api/v1/outgoing/{id}", NONE).with(as(clerk)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("id"))
                .andExpect(jsonPath("$.detail").value(containsString(NONE)));
        for (var action : new String[] {"submit", "cosign", "release"}) {
            mvc.perform(post("/api/v1/outgoing/{id}/" + action, NONE).with(as(clerk)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"agree\":true}"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/api/v1/outgoing/{id}/pdf", NONE).with(as(clerk))).andExpect(status().isNotFound());
        mvc.perform(get("/outgoing/{id}", NONE).with(as(clerk))).andExpect(status().isNotFound());
        mvc.perform(post("/outgoing/{id}/submit", NONE).with(as(clerk)).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void anOutgoingDocumentNotYetReleasedHasNoPdf404() throws Exception {
        var created = mvc.perform(post("/api/v1/outgoing").with(as(clerk)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"issuer":"GOVERNMENT","category":"OTHER","title":"关于做好防汛工作的通知","body":"现就有关事项通知如下。",
                                 "addressees":["各县（市、区）人民政府"],"disclosure":"PROACTIVE"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var id = JsonMapper.builder().build().readTree(created).get("id").asLong();
        mvc.perform(get("/api/v1/outgoing/{id}/pdf", id).with(as(clerk)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("尚未印发")));
    }

    @Test
    void aMissingIncomingDocumentOrInstructionIs404() throws Exception {
        mvc.perform(get("/api/v1/documents/{id}", NONE).with(as(office)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/documents/{id}/register", NONE).with(as(office)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/documents/instructions/{id}/forward", NONE).with(as(office)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/{id}/notice.pdf", NONE).with(as(clerk))).andExpect(status().isNotFound());
        mvc.perform(get("/documents/{id}", NONE).with(as(office))).andExpect(status().isNotFound());
        mvc.perform(get("/documents/{id}/notice", NONE).with(as(clerk))).andExpect(status().isNotFound());
        mvc.perform(get("/documents/{id}/resubmit", NONE).with(as(clerk))).andExpect(status().isNotFound());
    }
}

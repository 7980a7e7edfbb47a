package org.zhengwu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.directory.SignedIn.as;
import static org.zhengwu.supervision.SupervisionFixture.CLERK_ZJJ;
import static org.zhengwu.supervision.SupervisionFixture.DEPUTY;
import static org.zhengwu.supervision.SupervisionFixture.OFFICE;
import static org.zhengwu.supervision.SupervisionFixture.SECGEN;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.IntegrationTest;
import org.zhengwu.MutableClock;
import org.zhengwu.directory.DirectoryImport;
import org.zhengwu.gazette.GazetteImporter;
import org.zhengwu.gazette.GazetteLibrary;
import org.zhengwu.gazette.GazettePublisher;

/** The ledger's pages and API: import with a choice, the ledger, an item worked by a unit, exports, bad input. */
@IntegrationTest
class SupervisionPagesTests {

    @Autowired MockMvc mvc;
    @Autowired SupervisionLedger ledger;
    @Autowired DirectoryImport directory;
    @Autowired GazetteImporter importer;
    @Autowired GazettePublisher publisher;
    @Autowired GazetteLibrary library;
    @Autowired MutableClock clock;

    String plan;

    @BeforeEach
    void seed() {
        clock.setDate(LocalDate.of(2022, 4, 6));
        plan = SupervisionFixture.waterPlan(92, directory, importer, publisher, library);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("WR-67 the office previews the water plan, chooses a unit for an unknown name, imports; the ledger shows lights")
    void importThroughThePages() throws Exception {
        mvc.perform(get("/supervision/import").with(as(OFFICE))).andExpect(status().isOk())
                .andExpect(content().string(containsString(plan)));
        mvc.perform(get("/supervision/import/" + plan).with(as(OFFICE))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"unresolved\"")))
                .andExpect(content().string(containsString("各市直有关部门")));
        mvc.perform(post("/supervision/import/" + plan).param("choice:各市直有关部门", "sthjj").with(csrf()).with(as(OFFICE)))
                .andExpect(redirectedUrl("/supervision?source=PLAN"));
        var items = ledger.ofGazetteDocument(plan);
        assertThat(items.stream().flatMap(i -> i.units().stream()).filter(u -> u.name().equals("各市直有关部门")))
                .isNotEmpty().allSatisfy(u -> assertThat(u.orgUnit()).isEqualTo(new org.zhengwu.kernel.OrgUnitId("sthjj")));
        mvc.perform(get("/supervision").param("source", "PLAN").with(as(OFFICE))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-light=\"GREEN\"")));
        mvc.perform(get("/supervision/items/" + items.getFirst().id()).with(as(OFFICE))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"clause\"")));
        mvc.perform(get("/supervision/gazette-documents/" + plan + "/items").with(as(OFFICE)))
                .andExpect(content().string(containsString(items.getFirst().id())));
        mvc.perform(get("/supervision/gazette-documents/" + plan + "/items"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("supervision/items"))));
        mvc.perform(get("/supervision/export.xlsx").param("source", "PLAN").with(as(OFFICE))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get("/supervision/dashboard").with(as(OFFICE))).andExpect(status().isOk())
                .andExpect(content().string(containsString("chart-status")));
        mvc.perform(get("/supervision/summary").with(as(OFFICE))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"summary\"")));
    }

    @Test
    @DisplayName("WR-71 a unit clerk reports with an attachment on the item page; a clerk of another unit does not see it")
    void clerkReportsWithAnAttachment() throws Exception {
        var id = java.util.UUID.randomUUID().toString();
        String item = org.zhengwu.platform.CurrentActor.runAs(OFFICE, () -> itemFor(id));
        org.zhengwu.platform.CurrentActor.runAs(DEPUTY, () -> desk.review(item, null));
        org.zhengwu.platform.CurrentActor.runAs(SECGEN, () -> desk.approve(item, null));
        var file = new MockMultipartFile("files", "现场照片.png", "image/png", new byte[] {9, 8, 7});
        mvc.perform(multipart("/supervision/items/" + item + "/reports").file(file).param("text", "已完成排查")
                .param("percent", "50").with(csrf()).with(as(CLERK_ZJJ)))
                .andExpect(redirectedUrl("/supervision/items/" + item));
        mvc.perform(get("/supervision/items/" + item).with(as(CLERK_ZJJ))).andExpect(status().isOk())
                .andExpect(content().string(containsString("现场照片.png")));
        mvc.perform(get("/supervision/items/" + item).with(as(SupervisionFixture.CLERK_SFJ))).andExpect(status().isNotFound());
        mvc.perform(multipart("/supervision/items/" + item + "/reports").param("text", " ").param("percent", "50")
                .with(csrf()).with(as(CLERK_ZJJ))).andExpect(redirectedUrl("/supervision/items/" + item));
        assertThat(ledger.reports(item)).hasSize(1);
    }

    @Autowired ManualItems manual;
    @Autowired ItemDesk desk;

    private String itemFor(String title) {
        return manual.propose(new ManualItems.Propose("DEPLOYMENT", "排查整治 " + title, null, "sthjj",
                java.util.List.of("zjj"), LocalDate.of(2022, 6, 30), null));
    }

    @Test
    @DisplayName("WA-task bad input to the import API is a 400 problem naming the field and the rule, nothing stored")
    void badInputIsAProblem() throws Exception {
        mvc.perform(post("/api/v1/supervision/plans/import").contentType(MediaType.APPLICATION_JSON)
                .content("{\"document\":\"聊政办字〔2022〕99号\"}").with(csrf()).with(as(OFFICE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("document"))
                .andExpect(jsonPath("$.rule").value("WR-67"));
        mvc.perform(post("/api/v1/supervision/plans/import").contentType(MediaType.APPLICATION_JSON)
                .content("{\"document\":\"" + plan + "\",\"choices\":{\"各市直有关部门\":\"nowhere\"}}").with(csrf())
                .with(as(OFFICE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("unit"))
                .andExpect(jsonPath("$.rule").value("WA-task"));
        mvc.perform(get("/api/v1/supervision/items").param("dueFrom", "yesterday").with(as(OFFICE)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("dueFrom"));
        mvc.perform(post("/api/v1/supervision/plans/import").contentType(MediaType.APPLICATION_JSON)
                .content("{\"document\":\"" + plan + "\",\"dryRun\":true}").with(csrf()).with(as(OFFICE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.added").value(0));
    }
}

package org.zhengwu.directory.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.directory.SignedIn.as;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.IntegrationTest;
import org.zhengwu.MutableClock;
import org.zhengwu.directory.DirectoryImport;
import org.zhengwu.directory.TestGovernment;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.Actor;

@IntegrationTest
class DirectoryPagesTests {

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
        imports.load(new ClassPathResource("demo/directory.yaml"));
        gov = TestGovernment.load(imports, "pages");
        clerk = new Actor(gov.prefix + "-clerk", "clerk", Set.of(Role.CLERK), gov.unit("dept"), null);
        clock.setDate(LocalDate.of(2022, 3, 28));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theTreeShowsTheGovernmentItsUnitsAndTheLeadersWithPortfolios() throws Exception {
        mvc.perform(get("/directory").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("聊城市人民政府")))
                .andExpect(content().string(containsString("市住房城乡建设局")))
                .andExpect(content().string(containsString("东昌府区")))
                .andExpect(content().string(containsString("江北水城旅游度假区")))
                .andExpect(content().string(containsString("李长萍")))
                .andExpect(content().string(containsString("市审计局")));
    }

    @Test
    void aUnitPageShowsPostsHoldersHistoryAndWhoIsInCharge() throws Exception {
        mvc.perform(get("/directory/units/general-office").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("贾鹏柱")))
                .andExpect(content().string(containsString("郭志刚")))
                .andExpect(content().string(containsString("丁洁清")))
                .andExpect(content().string(containsString("列杨国强之后")));
        mvc.perform(get("/directory/units/slj").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("王峰")))
                .andExpect(content().string(containsString("公报未载")));
        mvc.perform(get("/directory/units/no-such-unit").with(as(clerk))).andExpect(status().isNotFound());
    }

    @Test
    void aPersonPageShowsTheirTerms() throws Exception {
        mvc.perform(get("/directory/people/guo-zhigang").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("试用期一年")))
                .andExpect(content().string(containsString("聊城高新技术产业开发区管理委员会副主任")));
    }

    @Test
    @DisplayName("WR-8 the who-acts page answers with the explanation")
    void theActingPageAnswers() throws Exception {
        mvc.perform(get("/directory/acting").param("post", "vice-mayor-1").param("date", "2022-03-28").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("王峰副市长在岗")));
        mvc.perform(get("/directory/acting").param("post", "no-such-post").with(as(clerk)))
                .andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("WR-76 the form shows the finding beside the date as it is filled in (htmx)")
    void theCheckFragmentShowsTheFinding() throws Exception {
        mvc.perform(post("/directory/leave/check").with(as(gov.office())).with(csrf())
                        .param("post", gov.post("vm1").value()).param("from", "2022-03-30").param("exemption", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("wr76-finding")))
                .andExpect(content().string(containsString("须提前3天报市长批准")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post("/directory/leave/check").with(as(gov.office())).with(csrf())
                        .param("post", gov.post("vm1").value()).param("from", "2022-04-06").param("exemption", ""))
                .andExpect(content().string(containsString("最迟应于2022年4月3日提出")));
    }

    @Test
    @DisplayName("WR-76 asked through the page, approved by the mayor, who sees it in the inbox first")
    void leaveThroughThePages() throws Exception {
        mvc.perform(post("/directory/leave").with(as(gov.office())).with(csrf()).param("post", gov.post("vm2").value())
                        .param("from", "2022-04-06").param("to", "2022-04-08").param("reason", "赴京学习")
                        .param("exemption", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/directory/leave"));
        var mayor = gov.leader("mayor", Role.MAYOR);
        mvc.perform(get("/workspace").with(as(mayor)))
                .andExpect(content().string(containsString("丁副市长" + gov.prefix + "副市长4月6日至8日请假，待您审批")));
        var page = mvc.perform(get("/directory/leave").with(as(mayor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var id = page.replaceAll("(?s).*id=\"leave-(\\d+)\" data-status=\"REQUESTED\".*", "$1");
        mvc.perform(post("/directory/leave/{id}/approve", id).with(as(clerk)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/directory/leave/{id}/approve", id).with(as(mayor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/directory/acting").param("post", gov.post("vm2").value()).param("date", "2022-04-07")
                        .with(as(clerk)))
                .andExpect(content().string(containsString("由补位的戊副市长" + gov.prefix + "副市长代为处理")));
    }

    @Test
    @DisplayName("WR-76 the leave form asks for the finding as its fields change, and shows it beside the dates")
    void theLeaveFormAsksForTheFindingAsItIsFilledIn() throws Exception {
        mvc.perform(get("/directory/leave").with(as(gov.office())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-post=\"/directory/leave/check\"")))
                .andExpect(content().string(containsString("data-testid=\"wr76-finding\"")))
                .andExpect(content().string(containsString(gov.post("vm1").value())));
    }

    @Test
    void aLateRequestThroughThePageShowsTheRuleBesideTheForm() throws Exception {
        mvc.perform(post("/directory/leave").with(as(gov.office())).with(csrf()).param("post", gov.post("vm3").value())
                        .param("from", "2022-03-29").param("to", "2022-03-29").param("reason", "探亲")
                        .param("exemption", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("WR-76")))
                .andExpect(content().string(containsString("最迟应于")));
    }

    @Test
    void theDirectoryIsForStaffOnly() throws Exception {
        mvc.perform(get("/directory").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/directory").with(as(new Actor("auditor", "auditor", Set.of(Role.AUDITOR), null, null))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/directory/leave/absence").with(as(clerk)).with(csrf())).andExpect(status().isForbidden());
    }
}

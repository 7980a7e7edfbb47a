package org.zhengwu.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.IntegrationTest;
import org.zhengwu.calendar.WorkingDayClock;

/** Loads use the year 2098, which no other test counts in (all integration tests share one database). */
@IntegrationTest
class CalendarAdminPageTests {

    private static final String FILE_2098 = """
            {"year": 2098, "papers": [], "days": [{"name": "元旦", "date": "2098-01-01", "isOffDay": true}]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkingDayClock clock;

    @Test
    @DisplayName("WR-57 系统管理员查看在用的官方数据")
    void showsTheOfficialYears() throws Exception {
        mvc.perform(get("/admin/calendar").with(user("sysadmin").roles("SYSTEM_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-year=\"2022\"")))
                .andExpect(content().string(containsString("平台内置")));
    }

    @Test
    @DisplayName("WR-57 系统管理员载入一年的节假日数据")
    void loadsAYear() throws Exception {
        mvc.perform(multipart("/admin/calendar").file(json("2098.json", FILE_2098))
                        .with(user("sysadmin").roles("SYSTEM_ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/calendar"))
                .andExpect(flash().attribute("loaded", containsString("已载入2098年节假日数据")));
        assertThat(clock.officialYears()).contains(2098);
    }

    @Test
    @DisplayName("WR-57 有误的文件：说明原因，原有数据不变")
    void refusesABadFile() throws Exception {
        var before = clock.officialData();
        mvc.perform(multipart("/admin/calendar").file(json("2096.json", "{\"year\": 2096, \"days\": []}"))
                        .with(user("sysadmin").roles("SYSTEM_ADMIN")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("未载入，原有数据保持不变")))
                .andExpect(content().string(containsString("没有列出任何日期")));
        mvc.perform(multipart("/admin/calendar").with(user("sysadmin").roles("SYSTEM_ADMIN")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择要上传的节假日数据文件")));
        assertThat(clock.officialData()).isEqualTo(before);
    }

    @Test
    void onlyTheSystemAdministratorMayLoad() throws Exception {
        mvc.perform(get("/admin/calendar").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/calendar").with(user("auditor").roles("AUDITOR"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/calendar").file(json("2098.json", FILE_2098))
                        .with(user("clerk").roles("CLERK")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/calendar").file(json("2098.json", FILE_2098))
                        .with(user("sysadmin").roles("SYSTEM_ADMIN")))
                .andExpect(status().isForbidden());
    }

    private static MockMultipartFile json(String name, String text) {
        return new MockMultipartFile("file", name, "application/json", text.getBytes(StandardCharsets.UTF_8));
    }
}

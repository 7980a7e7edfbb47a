package org.zhengwu.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.IntegrationTest;

/** The web shell: Chinese error pages with the right status (never a stack trace), OpenAPI, metrics. */
@IntegrationTest
class WebShellTests {

    @Autowired MockMvc mvc;

    @Test
    void anUnknownUnitIsAChinese404Page() throws Exception {
        mvc.perform(get("/directory/units/no-such-unit").with(user("x").roles("OFFICE_STAFF")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("页面不存在")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Exception"))));
    }

    @Test
    void aBadParameterIsAChinese400Page() throws Exception {
        mvc.perform(get("/escalations/not-a-number").with(user("x").roles("OFFICE_STAFF")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请求有误")))
                .andExpect(content().string(containsString("not-a-number")));
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/calendar/working-days")))
                .andExpect(content().string(containsString("/api/v1/directory/acting")));
    }

    @Test
    void metricsAreExposedToTheSystemAdministratorForPrometheus() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(user("x").roles("SYSTEM_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void aForbiddenPageIsAChinese403Page() throws Exception {
        mvc.perform(get("/error/403").with(user("x").roles("CLERK")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("无权访问")));
    }
}

package org.zhengwu.calendar.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.IntegrationTest;

@IntegrationTest
class CalendarApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    @DisplayName("WR-57 API：2022-03-31 加5个工作日为 2022-04-08，附说明（匿名可用）")
    void addsWorkingDays() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2022-03-31").param("add", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2022-04-08"))
                .andExpect(jsonPath("$.provisional").value(false))
                .andExpect(jsonPath("$.explanation").value(containsString("4月2日（星期六）调休上班")))
                .andExpect(jsonPath("$.explanation").value(containsString("清明节放假")));
    }

    @Test
    @DisplayName("WR-57 API：两日之间的工作日数")
    void countsWorkingDaysBetween() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2022-09-30").param("to", "2022-10-12"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workingDays").value(5))
                .andExpect(jsonPath("$.provisional").value(false));
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-12-30").param("to", "2027-01-04"))
                .andExpect(jsonPath("$.workingDays").value(3))
                .andExpect(jsonPath("$.provisional").value(true));
    }

    @Test
    @DisplayName("WR-57 API：一个月的每一天，2022-04-02 为调休上班")
    void listsTheDaysOfAMonth() throws Exception {
        mvc.perform(get("/api/v1/calendar/days").param("month", "2022-04"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.month").value("2022-04"))
                .andExpect(jsonPath("$.days", hasSize(30)))
                .andExpect(jsonPath("$.days[1].date").value("2022-04-02"))
                .andExpect(jsonPath("$.days[1].kind").value("MAKEUP_WORKDAY"))
                .andExpect(jsonPath("$.days[1].workingDay").value(true))
                .andExpect(jsonPath("$.days[3].kind").value("HOLIDAY"))
                .andExpect(jsonPath("$.days[3].holiday").value("清明节"));
    }

    @Test
    void aBadDateIsAProblemNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2022-13-01").param("add", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("from"));
        mvc.perform(get("/api/v1/calendar/days").param("month", "2022-4x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("month"));
    }

    @Test
    void aNegativeCountIsAProblemNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2022-03-31").param("add", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("add"));
    }

    @Test
    void neitherACountNorAnEndIsAProblem() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2022-03-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("add"))
                .andExpect(jsonPath("$.detail").value(containsString("工作日数")));
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "1800-01-01").param("add", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("date"));
    }
}

package org.zhengwu.calendar.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.IntegrationTest;

@IntegrationTest
class CalendarPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    @DisplayName("WR-57 日历页：2022年4月2日显示为调休上班，4月3日至5日清明节放假")
    void showsAMonthWithHolidaysAndMakeUpDays() throws Exception {
        mvc.perform(get("/calendar").param("month", "2022-04"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("2022年4月"),
                        containsString("data-date=\"2022-04-02\" data-kind=\"MAKEUP_WORKDAY\""),
                        containsString("data-date=\"2022-04-04\" data-kind=\"HOLIDAY\""),
                        containsString("data-date=\"2022-04-09\" data-kind=\"WEEKEND\""),
                        containsString("调休上班"),
                        containsString("清明节"),
                        containsString("href=\"/calendar?month=2022-03\""),
                        containsString("href=\"/calendar?month=2022-05\""),
                        containsString("/css/calendar.css"),
                        not(containsString("data-testid=\"provisional\"")))));
    }

    @Test
    @DisplayName("WR-57 日历页：无官方数据的月份标明暂定")
    void flagsAProvisionalMonth() throws Exception {
        mvc.perform(get("/calendar").param("month", "2027-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"provisional\""),
                        containsString("2027年的节假日安排尚未公布"))));
    }

    @Test
    @DisplayName("WR-57 期限计算（htmx 片段）：截止日期与说明")
    void computesADeadlineFragment() throws Exception {
        mvc.perform(get("/calendar/deadline").param("from", "2022-03-31").param("add", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"deadline-result\""),
                        containsString("2022-04-08"),
                        containsString("4月3日至5日清明节放假"),
                        not(containsString("<html")))));
    }

    @Test
    void aMistakeInTheCalculatorIsShownBesideIt() throws Exception {
        mvc.perform(get("/calendar/deadline").param("from", "2022-02-30").param("add", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("日期“2022-02-30”无效")));
        mvc.perform(get("/calendar/deadline").param("from", "2022-03-31").param("add", "-2"))
                .andExpect(content().string(containsString("工作日数“-2”无效")));
    }

    @Test
    void thePageComputesWithoutScriptToo() throws Exception {
        mvc.perform(get("/calendar").param("month", "2022-04").param("from", "2022-03-31").param("add", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"deadline-date\">2022-04-08<")));
    }

    @Test
    void aBadMonthIsABadRequest() throws Exception {
        mvc.perform(get("/calendar").param("month", "2022-13")).andExpect(status().isBadRequest());
    }
}

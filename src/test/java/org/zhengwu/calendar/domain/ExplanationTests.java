package org.zhengwu.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.calendar.CaseClock;
import org.zhengwu.calendar.Extension;
import org.zhengwu.calendar.Pause;

class ExplanationTests {

    private final CaseWalk walk = new CaseWalk(Fixtures.shipped());
    private final Explanation explanation = new Explanation(Fixtures.TEXTS);

    @Test
    @DisplayName("WR-57 说明列出清明假期与调休上班的星期六")
    void namesQingmingAndTheMakeUpSaturday() {
        assertThat(explain(CaseClock.of(LocalDate.of(2022, 3, 31), 5))).isEqualTo(
                "自2022年3月31日起算5个工作日，至2022年4月8日（星期五）：4月2日（星期六）调休上班；4月3日至5日清明节放假。");
    }

    @Test
    @DisplayName("WR-57 说明列出国庆假期与两个调休日")
    void namesNationalDayAndBothMakeUpDays() {
        assertThat(explain(CaseClock.of(LocalDate.of(2022, 9, 30), 5))).isEqualTo(
                "自2022年9月30日起算5个工作日，至2022年10月12日（星期三）：10月1日至7日国庆节放假；"
                        + "10月8日（星期六）调休上班；10月9日（星期日）调休上班。");
    }

    @Test
    @DisplayName("WR-57 跨月、跨年的假期写明月份与年份")
    void spansAcrossMonthsAndYears() {
        assertThat(explain(CaseClock.of(LocalDate.of(2023, 9, 28), 1)))
                .contains("9月29日至10月6日中秋节、国庆节放假");
        assertThat(explain(CaseClock.of(LocalDate.of(2022, 12, 30), 1)))
                .isEqualTo("自2022年12月30日起算1个工作日，至2023年1月3日（星期二）：12月31日至2023年1月2日元旦放假。");
    }

    @Test
    @DisplayName("WR-57 没有假日影响时只说起止")
    void aPlainCountSaysOnlyStartAndEnd() {
        assertThat(explain(CaseClock.of(LocalDate.of(2022, 3, 1), 5)))
                .isEqualTo("自2022年3月1日起算5个工作日，至2022年3月8日（星期二）。");
    }

    @Test
    @DisplayName("WR-57 暂定的期限注明尚无官方安排")
    void aProvisionalDeadlineSaysSo() {
        assertThat(explain(CaseClock.of(LocalDate.of(2026, 12, 30), 3)))
                .isEqualTo("自2026年12月30日起算3个工作日，至2027年1月4日（星期一）。"
                        + "2027年的节假日安排尚未公布，暂按周末计算，期限为暂定。");
    }

    @Test
    @DisplayName("WR-57 说明列出延期与暂停")
    void namesExtensionsAndPauses() {
        var clock = new CaseClock(LocalDate.of(2022, 3, 31), 5,
                List.of(new Pause(LocalDate.of(2022, 4, 6), LocalDate.of(2022, 4, 7), "等待补正")),
                List.of(new Extension(2, "情况复杂")));
        assertThat(explain(clock)).isEqualTo("自2022年3月31日起算7个工作日，至2022年4月14日（星期四）：延长2个工作日（情况复杂）；"
                + "4月2日（星期六）调休上班；4月3日至5日清明节放假；4月6日至7日暂停计时（等待补正）。");
    }

    @Test
    @DisplayName("WR-57 暂停中的期限说明何时起暂停")
    void aPausedClockSaysSinceWhen() {
        var clock = new CaseClock(LocalDate.of(2022, 3, 31), 5,
                List.of(new Pause(LocalDate.of(2022, 4, 6), null, "等待补正")), List.of());
        assertThat(explain(clock)).isEqualTo("自2022年3月31日起算5个工作日，自2022年4月6日起暂停计时（等待补正），恢复计时后方能确定期限："
                + "4月2日（星期六）调休上班；4月3日至5日清明节放假。");
    }

    @Test
    @DisplayName("WR-57 整个落在周末的放假日不影响期限，不列出")
    void aHolidayWhollyOnAWeekendIsNotNamed() {
        // 2030-06-01 and 02 are a Saturday and a Sunday
        var file = new HolidayYear(2030, List.of(), List.of(
                new ListedDay(LocalDate.of(2030, 6, 1), "儿童节", true),
                new ListedDay(LocalDate.of(2030, 6, 2), "儿童节", true)));
        var calendar = OfficialCalendar.of(List.of(file));
        var result = new CaseWalk(calendar).walk(CaseClock.of(LocalDate.of(2030, 5, 31), 1));
        assertThat(explanation.of(result)).isEqualTo("自2030年5月31日起算1个工作日，至2030年6月3日（星期一）。");
    }

    @Test
    @DisplayName("WR-57 与周末相连的放假日整段列出")
    void aHolidayRunIncludesItsWeekendDays() {
        assertThat(explain(CaseClock.of(LocalDate.of(2021, 12, 31), 1)))
                .isEqualTo("自2021年12月31日起算1个工作日，至2022年1月4日（星期二）：2022年1月1日至3日元旦放假。");
    }

    private String explain(CaseClock clock) {
        return explanation.of(walk.walk(clock));
    }
}

package org.zhengwu.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.calendar.DayInfo;
import org.zhengwu.calendar.DayKind;

class OfficialCalendarTests {

    private final OfficialCalendar calendar = Fixtures.shipped();

    @Test
    @DisplayName("WR-57 2022年4月2日（星期六）调休上班，4月3日至5日清明节放假")
    void knowsMakeUpDaysAndHolidays() {
        assertThat(calendar.day(LocalDate.of(2022, 4, 2)))
                .isEqualTo(new DayInfo(LocalDate.of(2022, 4, 2), DayKind.MAKEUP_WORKDAY, "清明节", false));
        assertThat(calendar.day(LocalDate.of(2022, 4, 4)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.day(LocalDate.of(2022, 4, 9)).kind()).isEqualTo(DayKind.WEEKEND);
        assertThat(calendar.day(LocalDate.of(2022, 4, 6)).kind()).isEqualTo(DayKind.WORKDAY);
    }

    @Test
    @DisplayName("WR-57 节假日按日期索引：2022-12-31 由2023年的通知列出")
    void indexesDaysByDateNotByTheNoticeYear() {
        var day = calendar.day(LocalDate.of(2022, 12, 31));
        assertThat(day.kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(day.holidayName()).isEqualTo("元旦");
        assertThat(day.provisional()).isFalse();
    }

    @Test
    @DisplayName("WR-57 复工的工作日（2020-02-03 星期一）仍是普通工作日")
    void aListedWeekdayOnIsAnOrdinaryWorkday() {
        assertThat(calendar.day(LocalDate.of(2020, 2, 3)).kind()).isEqualTo(DayKind.WORKDAY);
    }

    @Test
    @DisplayName("WR-57 2027年无官方数据：暂定，只按周末")
    void aYearWithoutDataIsProvisional() {
        assertThat(calendar.officialYears()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(calendar.isProvisional(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(calendar.day(LocalDate.of(2027, 1, 1)))
                .isEqualTo(new DayInfo(LocalDate.of(2027, 1, 1), DayKind.WORKDAY, null, true));
        assertThat(calendar.isProvisionalBetween(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(calendar.isProvisionalBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31))).isFalse();
    }

    @Test
    void aDayListedByTwoNoticesFollowsTheNoticeOfItsOwnYear() {
        var day = LocalDate.of(2030, 12, 31);
        var own = new HolidayYear(2030, List.of(), List.of(new ListedDay(day, "元旦", false)));
        var next = new HolidayYear(2031, List.of(), List.of(new ListedDay(day, "元旦", true)));
        assertThat(OfficialCalendar.of(List.of(own, next)).isWorkingDay(day)).isTrue();
        assertThat(OfficialCalendar.of(List.of(next, own)).isWorkingDay(day)).isTrue();
    }
}

package org.zhengwu.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTests {

    private final WorkingDays days = new WorkingDays(Fixtures.shipped());

    @Test
    @DisplayName("WR-57 五个工作日跨清明假期与调休：2022-03-31 + 5 = 2022-04-08")
    void replyDueSkipsQingming2022() {
        assertThat(days.add(LocalDate.of(2022, 3, 31), 5)).isEqualTo(LocalDate.of(2022, 4, 8));
    }

    @Test
    @DisplayName("WR-57 五个工作日跨国庆假期与两个调休周末：2022-09-30 + 5 = 2022-10-12")
    void replyDueSkipsNationalDay2022() {
        assertThat(days.add(LocalDate.of(2022, 9, 30), 5)).isEqualTo(LocalDate.of(2022, 10, 12));
    }

    @Test
    @DisplayName("WR-57 三个工作日跨春节：2023-01-20 + 3 = 2023-01-30")
    void replyDueSkipsSpringFestival2023() {
        assertThat(days.add(LocalDate.of(2023, 1, 20), 3)).isEqualTo(LocalDate.of(2023, 1, 30));
    }

    @Test
    @DisplayName("WR-57 调休上班的星期六计入工作日")
    void makeUpSaturdayCounts() {
        assertThat(days.add(LocalDate.of(2022, 4, 1), 1)).isEqualTo(LocalDate.of(2022, 4, 2));
        assertThat(days.between(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 2))).isEqualTo(1);
    }

    @Test
    @DisplayName("WR-57 收文当日不计：加0个工作日即当日")
    void addingNothingKeepsTheDay() {
        assertThat(days.add(LocalDate.of(2022, 4, 3), 0)).isEqualTo(LocalDate.of(2022, 4, 3));
    }

    @Test
    @DisplayName("WR-57 收到日为假日时从次日起算：2022-10-03 + 1 = 2022-10-08（调休星期六）")
    void receiptOnAHolidayCountsFromTheNextWorkingDay() {
        assertThat(days.add(LocalDate.of(2022, 10, 3), 1)).isEqualTo(LocalDate.of(2022, 10, 8));
    }

    @Test
    @DisplayName("WR-57 区间天数是加法的逆运算（2020—2027 每一天，0—30 个工作日）")
    void betweenIsTheInverseOfAdd() {
        for (var from = LocalDate.of(2020, 1, 1); from.getYear() < 2028; from = from.plusDays(1)) {
            for (int n = 0; n <= 30; n++) {
                var to = days.add(from, n);
                assertThat(days.between(from, to)).as("%s + %d = %s", from, n, to).isEqualTo(n);
                assertThat(days.between(to, from)).isEqualTo(-n);
            }
        }
    }

    @ParameterizedTest(name = "WR-57 {0} 至 {1}：{2} 个工作日")
    @CsvSource({
        "2022-03-31, 2022-04-08, 5",
        "2022-04-01, 2022-04-05, 1",
        "2022-09-30, 2022-10-07, 0",
        "2022-01-01, 2022-12-31, 249",
        "2023-01-01, 2023-12-31, 249",
        "2022-04-08, 2022-03-31, -5",
    })
    void countsWorkingDaysBetween(LocalDate a, LocalDate b, int expected) {
        assertThat(days.between(a, b)).isEqualTo(expected);
    }

    @Test
    @DisplayName("WR-57 无官方数据的年份（2027）只按周末计算")
    void provisionalYearCountsWeekendsAlone() {
        // 2027-01-01 is a Friday: a holiday every year, but 2027's notice is not published
        assertThat(days.add(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(days.add(LocalDate.of(2027, 4, 30), 1)).isEqualTo(LocalDate.of(2027, 5, 3));
    }

    @Test
    @DisplayName("WR-57 向前推算：清明假期前第3个工作日")
    void shiftsBackwardsOverHolidaysAndMakeUpDays() {
        assertThat(days.shift(LocalDate.of(2022, 4, 6), -3)).isEqualTo(LocalDate.of(2022, 3, 31));
        assertThat(days.shift(LocalDate.of(2022, 3, 31), 5)).isEqualTo(LocalDate.of(2022, 4, 8));
    }

    @Test
    void refusesANegativeCount() {
        assertThatIllegalArgumentException().isThrownBy(() -> days.add(LocalDate.of(2022, 1, 1), -1));
    }
}

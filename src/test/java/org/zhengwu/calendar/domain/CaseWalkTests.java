package org.zhengwu.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.calendar.CaseClock;
import org.zhengwu.calendar.Extension;
import org.zhengwu.calendar.Pause;

class CaseWalkTests {

    private static final LocalDate MARCH_31 = LocalDate.of(2022, 3, 31);

    private final CaseWalk walk = new CaseWalk(Fixtures.shipped());

    @Test
    @DisplayName("WR-57 暂停期间（含首尾两日）不计入期限")
    void daysInsideAPauseDoNotCount() {
        // 4/6 and 4/7 are paused: the fifth working day moves from 4/8 to 4/12
        var clock = new CaseClock(MARCH_31, 5, List.of(new Pause(date(4, 6), date(4, 7), "等待补正")), List.of());
        var result = walk.walk(clock);
        assertThat(result.end()).isEqualTo(date(4, 12));
        assertThat(result.paused()).isFalse();
    }

    @Test
    @DisplayName("WR-57 延期增加工作日")
    void extensionsAddWorkingDays() {
        var clock = new CaseClock(MARCH_31, 5, List.of(), List.of(new Extension(3, "情况复杂"), new Extension(2, null)));
        assertThat(walk.walk(clock).end()).isEqualTo(date(4, 15));
    }

    @Test
    @DisplayName("WR-57 暂停未结束时没有截止日期")
    void anOpenPauseStopsTheClock() {
        var clock = new CaseClock(MARCH_31, 5, List.of(new Pause(date(4, 7), null, "等待补正")), List.of());
        var result = walk.walk(clock);
        assertThat(result.paused()).isTrue();
        assertThat(result.end()).isNull();
        assertThat(result.stoppedBy().from()).isEqualTo(date(4, 7));
    }

    @Test
    @DisplayName("WR-57 截止日之后才开始的暂停不影响已届满的期限")
    void aPauseAfterTheDeadlineChangesNothing() {
        var clock = new CaseClock(MARCH_31, 5, List.of(new Pause(date(4, 20), null, "等待补正")), List.of());
        assertThat(walk.walk(clock).end()).isEqualTo(date(4, 8));
    }

    @Test
    @DisplayName("WR-57 暂停与延期同时适用")
    void pausesAndExtensionsTogether() {
        var clock = new CaseClock(MARCH_31, 5, List.of(new Pause(date(4, 1), date(4, 2), "补正")),
                List.of(new Extension(1, "延期")));
        // 4/1 and the make-up Saturday 4/2 are paused; then 4/6, 7, 8, 11, 12, 13
        assertThat(walk.walk(clock).end()).isEqualTo(date(4, 13));
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(2022, month, day);
    }
}

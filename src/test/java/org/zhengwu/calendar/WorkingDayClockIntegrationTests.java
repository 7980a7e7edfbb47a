package org.zhengwu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.IntegrationTest;
import org.zhengwu.audit.AuditQuery;
import org.zhengwu.audit.AuditTrail;
import org.zhengwu.calendar.persistence.ShippedHolidayFiles;
import org.zhengwu.calendar.persistence.YearLoads;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;

/**
 * The clock in the running application. Loads use the years 2097 and 2099, which no other test
 * counts in, because every integration test shares one context and one database.
 */
@IntegrationTest
@RecordApplicationEvents
class WorkingDayClockIntegrationTests {

    private static final String FILE_2099 = """
            {"year": 2099, "papers": ["https://www.gov.cn/test/2099"], "days": [
              {"name": "元旦", "date": "2099-01-01", "isOffDay": true},
              {"name": "元旦", "date": "2099-01-02", "isOffDay": true},
              {"name": "春节", "date": "2099-01-03", "isOffDay": false}]}""";

    @Autowired
    WorkingDayClock clock;

    @Autowired
    AuditTrail audit;

    @Autowired
    YearLoads loads;

    @Test
    @DisplayName("WR-57 应用中的工作日时钟：2022-03-31 + 5 = 2022-04-08，说明列出清明与调休")
    void countsOnTheShippedData() {
        var deadline = clock.deadline(LocalDate.of(2022, 3, 31), 5);
        assertThat(deadline.date()).isEqualTo(LocalDate.of(2022, 4, 8));
        assertThat(deadline.provisional()).isFalse();
        assertThat(deadline.explanation()).contains("4月2日（星期六）调休上班", "4月3日至5日清明节放假");
        assertThat(clock.officialYears()).contains(2020, 2026).doesNotContain(2027);
        assertThat(clock.month(YearMonth.of(2022, 4))).hasSize(30);
    }

    @Test
    @DisplayName("WR-57 载入新年度数据：改变该年的计算，发布 CalendarChanged 并记入审计日志")
    void loadingAYearChangesTheAnswerAndIsAudited(ApplicationEvents events) {
        // 2098-12-31 is a Wednesday; 2099-01-01 (Thu) and 02 (Fri) become holidays, Saturday 03 a workday
        var from = LocalDate.of(2098, 12, 31);
        assertThat(clock.isProvisional(LocalDate.of(2099, 1, 1))).isTrue();
        var result = clock.load(FILE_2099, "2099.json");
        assertThat(result.year()).isEqualTo(2099);
        assertThat(result.offDays()).isEqualTo(2);
        assertThat(result.makeUpDays()).isEqualTo(1);
        assertThat(clock.addWorkingDays(from, 1)).isEqualTo(LocalDate.of(2099, 1, 3));
        assertThat(clock.isProvisional(LocalDate.of(2099, 1, 1))).isFalse();
        assertThat(events.stream(CalendarChanged.class))
                .singleElement().satisfies(e -> {
                    assertThat(e.years()).containsExactly(2099);
                    assertThat(e.sha256()).isEqualTo(result.sha256());
                });
        var records = audit.search(new AuditQuery(null, "calendar.year-loaded", "calendar-year", "2099", null, 10));
        assertThat(records).isNotEmpty();
        assertThat(records.getFirst().summary()).contains("2099.json", result.sha256());
        assertThat(clock.officialData()).anySatisfy(y -> {
            assertThat(y.year()).isEqualTo(2099);
            assertThat(y.origin()).isEqualTo(OfficialYear.Origin.UPLOADED);
        });
    }

    @Test
    @DisplayName("WR-57 有误的文件：指出问题，不存储、不改变任何数据")
    void aBadFileStoresNothing(ApplicationEvents events) {
        var loadsBefore = loads.history(1000).size();
        var auditBefore = audit.search(new AuditQuery(null, "calendar.", null, null, null, 500)).size();
        var before = clock.officialData();
        assertThatThrownBy(() -> clock.load("{\"year\": 2098, \"days\": [{\"name\": \"元旦\", \"date\": \"2098-02-30\", "
                + "\"isOffDay\": true}]}", "bad.json"))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("calendar.file.day-date");
                    assertThat(e.field()).isEqualTo("file");
                });
        assertThat(loads.history(1000)).hasSize(loadsBefore);
        assertThat(audit.search(new AuditQuery(null, "calendar.", null, null, null, 500))).hasSize(auditBefore);
        assertThat(clock.officialData()).isEqualTo(before);
        assertThat(events.stream(CalendarChanged.class)).isEmpty();
    }

    @Test
    @DisplayName("WR-57 载入的数据在重启后仍然有效（新的时钟从数据库读取）")
    void loadedDataSurvivesARestart(@Autowired ShippedHolidayFiles shipped, @Autowired TransactionTemplate tx,
            @Autowired ApplicationEventPublisher publisher, @Autowired CurrentActor actor, @Autowired Clock time,
            @Autowired MessageSource messages) {
        clock.load(FILE_2099.replace("2099", "2097"), "2097.json");
        var restarted = new WorkingDayClock(new CalendarData(shipped, loads, tx, publisher, actor, time), messages);
        assertThat(restarted.officialYears()).contains(2097);
        assertThat(restarted.addWorkingDays(LocalDate.of(2096, 12, 31), 1)).isEqualTo(LocalDate.of(2097, 1, 3));
        assertThat(restarted.loadHistory()).extracting(OfficialYear::source).contains("2097.json");
    }

    @Test
    void refusesNegativeCountsAndDatesOutOfRange() {
        assertThatThrownBy(() -> clock.addWorkingDays(LocalDate.of(2022, 1, 1), -1))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.messageKey()).isEqualTo("calendar.count.invalid"));
        assertThatThrownBy(() -> clock.isWorkingDay(LocalDate.of(1800, 1, 1)))
                .isInstanceOfSatisfying(UserError.class,
                        e -> assertThat(e.messageKey()).isEqualTo("calendar.date.out-of-range"));
        var endless = new CaseClock(LocalDate.of(2022, 1, 1), 5,
                List.of(new Pause(LocalDate.of(2022, 1, 2), LocalDate.of(3500, 1, 1), "x")), List.of());
        assertThatThrownBy(() -> clock.due(endless)).isInstanceOf(UserError.class);
    }

    @Test
    @DisplayName("WR-57 其他模块的日期推算：日历日与工作日，前后均可")
    void shiftsByCalendarAndWorkingDays() {
        var day = LocalDate.of(2022, 4, 6);
        assertThat(clock.shift(day, -3, DayCount.CALENDAR_DAYS)).isEqualTo(LocalDate.of(2022, 4, 3));
        assertThat(clock.shift(day, -3, DayCount.WORKING_DAYS)).isEqualTo(LocalDate.of(2022, 3, 31));
        assertThat(clock.shift(LocalDate.of(2022, 3, 31), 5, DayCount.WORKING_DAYS)).isEqualTo(LocalDate.of(2022, 4, 8));
    }
}

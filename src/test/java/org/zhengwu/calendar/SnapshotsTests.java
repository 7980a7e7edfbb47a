package org.zhengwu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.calendar.OfficialYear.Origin;
import org.zhengwu.calendar.domain.HolidayFileReader;
import org.zhengwu.calendar.persistence.HolidayFile;
import org.zhengwu.calendar.persistence.Sha256;
import org.zhengwu.calendar.persistence.YearLoads.YearLoad;

class SnapshotsTests {

    private static final String SHIPPED_2030 = """
            {"year": 2030, "papers": [], "days": [{"name": "元旦", "date": "2030-01-01", "isOffDay": true}]}""";
    private static final String LOADED_2030 = """
            {"year": 2030, "papers": ["https://www.gov.cn/x"], "days": [
              {"name": "元旦", "date": "2030-01-01", "isOffDay": true},
              {"name": "元旦", "date": "2030-01-02", "isOffDay": true}]}""";

    private final HolidayFileReader reader = new HolidayFileReader();

    @Test
    @DisplayName("WR-57 管理员载入的年份覆盖平台内置的数据")
    void aLoadedYearOverridesTheShippedOne() {
        var snapshot = Snapshots.build(List.of(shipped(SHIPPED_2030)), List.of(loaded(LOADED_2030)), reader);
        assertThat(snapshot.calendar().isWorkingDay(LocalDate.of(2030, 1, 2))).isFalse();
        assertThat(snapshot.years()).singleElement().satisfies(year -> {
            assertThat(year.origin()).isEqualTo(Origin.UPLOADED);
            assertThat(year.loadedBy()).isEqualTo("admin");
            assertThat(year.offDays()).isEqualTo(2);
            assertThat(year.papers()).containsExactly("https://www.gov.cn/x");
        });
    }

    @Test
    void aStoredFileThatNoLongerReadsLeavesTheShippedData() {
        var snapshot = Snapshots.build(List.of(shipped(SHIPPED_2030)), List.of(loaded("{\"year\": 2030}")), reader);
        assertThat(snapshot.years()).singleElement().extracting(OfficialYear::origin).isEqualTo(Origin.SHIPPED);
        assertThat(snapshot.calendar().isWorkingDay(LocalDate.of(2030, 1, 2))).isTrue();
    }

    @Test
    void anInvalidShippedFileIsADefectOfTheBuild() {
        assertThatIllegalStateException().isThrownBy(() -> Snapshots.build(List.of(shipped("{}")), List.of(), reader));
    }

    private static HolidayFile shipped(String text) {
        return new HolidayFile("calendar/holidays/2030.json", text, Sha256.of(text), null, null);
    }

    private static YearLoad loaded(String text) {
        var file = new HolidayFile("2030.json", text, Sha256.of(text), "admin", Instant.parse("2029-12-01T02:00:00Z"));
        return new YearLoad(1, 2030, file, 2, 0);
    }
}

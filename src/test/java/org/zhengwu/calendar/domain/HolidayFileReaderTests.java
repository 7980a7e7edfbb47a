package org.zhengwu.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayFileReaderTests {

    private final HolidayFileReader reader = new HolidayFileReader();

    @Test
    @DisplayName("WR-57 读取国务院办公厅通知的节假日文件（holiday-cn 格式）")
    void readsAnOfficialFile() {
        var read = (Reading.Read) reader.read(Fixtures.shippedText(2022));
        assertThat(read.year().year()).isEqualTo(2022);
        assertThat(read.year().days()).hasSize(38).contains(new ListedDay(LocalDate.of(2022, 4, 2), "清明节", false));
        assertThat(read.year().offDays()).isEqualTo(31);
        assertThat(read.year().makeUpDays()).isEqualTo(7);
        assertThat(read.year().papers()).containsExactly("http://www.gov.cn/zhengce/zhengceku/2021-10/25/content_5644835.htm");
    }

    @Test
    void acceptsADayOfTheNeighbouringYear() {
        var read = (Reading.Read) reader.read(file(2023, day("2022-12-31", "true")));
        assertThat(read.year().days()).extracting(ListedDay::date).containsExactly(LocalDate.of(2022, 12, 31));
    }

    @ParameterizedTest(name = "WR-57 拒收有误的文件：{1}")
    @CsvSource(delimiter = '|', value = {
        "not json at all                                            | calendar.file.not-json",
        "[1, 2]                                                     | calendar.file.not-object",
        "{\"days\": []}                                             | calendar.file.year-missing",
        "{\"year\": \"2027\", \"days\": []}                         | calendar.file.year-missing",
        "{\"year\": 1800, \"days\": []}                             | calendar.file.year-out-of-range",
        "{\"year\": 2027, \"papers\": [], \"days\": []}             | calendar.file.days-empty",
        "{\"year\": 2027}                                           | calendar.file.days-empty",
        "{\"year\": 2027, \"days\": [1]}                            | calendar.file.day-not-object",
    })
    void refusesAMalformedFile(String text, String problem) {
        assertThat(reader.read(text)).isInstanceOfSatisfying(Reading.Rejected.class,
                r -> assertThat(r.messageKey()).isEqualTo(problem));
    }

    @ParameterizedTest(name = "WR-57 拒收有误的日期项：{2}")
    @CsvSource(delimiter = '|', value = {
        "\"2027-02-30\" | true    | calendar.file.day-date",
        "\"2027/01/01\" | true    | calendar.file.day-date",
        "20270101       | true    | calendar.file.day-date",
        "\"2029-01-01\" | true    | calendar.file.day-outside",
        "\"2027-01-01\" | \"yes\" | calendar.file.day-off",
        "\"2027-01-01\" | null    | calendar.file.day-off",
    })
    void refusesABadDay(String date, String offDay, String problem) {
        var rejected = (Reading.Rejected) reader.read(file(2027, day("2027-01-02", "true"), day(date, offDay)));
        assertThat(rejected.messageKey()).isEqualTo(problem);
        assertThat(rejected.arguments().getFirst()).isEqualTo("2");
    }

    @Test
    @DisplayName("WR-57 拒收重复的日期和缺少名称的日期项")
    void refusesDuplicatesAndNamelessDays() {
        var duplicate = (Reading.Rejected) reader.read(file(2027, day("2027-01-01", "true"), day("2027-01-01", "false")));
        assertThat(duplicate).isEqualTo(new Reading.Rejected("calendar.file.day-duplicate", List.of("2", "2027-01-01")));
        var nameless = (Reading.Rejected) reader.read("{\"year\": 2027, \"days\": [{\"date\": \"2027-01-01\", \"isOffDay\": true}]}");
        assertThat(nameless.messageKey()).isEqualTo("calendar.file.day-name");
    }

    static String file(int year, String... days) {
        return "{\"year\": " + year + ", \"papers\": [], \"days\": [" + String.join(",", days) + "]}";
    }

    static String day(String date, String offDay) {
        var quoted = date.startsWith("\"") || !date.contains("-") ? date : "\"" + date + "\"";
        return "{\"name\": \"元旦\", \"date\": " + quoted + ", \"isOffDay\": " + offDay + "}";
    }
}

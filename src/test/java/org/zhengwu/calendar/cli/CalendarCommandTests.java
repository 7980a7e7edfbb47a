package org.zhengwu.calendar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengwu.ZhengwuApplication;
import org.zhengwu.platform.cli.Cli;
import org.zhengwu.platform.cli.CliErrors;
import picocli.CommandLine;

class CalendarCommandTests {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aBadDateIsOneLineAndExitTwo() {
        assertThat(run("add", "2022-13-01", "5")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("DATE: 日期“2022-13-01”无效，请按 yyyy-MM-dd 填写，例如 2022-03-31。\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aNegativeCountIsOneLineAndExitTwo() {
        assertThat(run("add", "2022-03-31", "-5")).isEqualTo(2);
        assertThat(err.toString()).startsWith("N: 工作日数“-5”无效").hasLineCount(1);
        assertThat(run("between", "2022-03-31", "31.3.2022")).isEqualTo(2);
    }

    @Test
    void anUnreadableFileIsOneLineAndExitTwo(@TempDir Path dir) {
        assertThat(run("load", dir.resolve("missing.json").toString(), "--data", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("FILE: 无法读取文件").hasLineCount(1);
    }

    @Test
    void aGroupAloneIsAUsageError() {
        assertThat(run()).isEqualTo(2);
    }

    @Test
    @DisplayName("WR-57 命令行：载入一年的数据后，add 按新数据计算（第一行为日期）")
    void loadsAYearThenCountsOnIt(@TempDir Path dir) throws IOException {
        var file = Files.writeString(dir.resolve("2095.json"), """
                {"year": 2095, "papers": [], "days": [{"name": "元旦", "date": "2095-01-03", "isOffDay": true}]}""");
        Cli.register(ZhengwuApplication.class);
        // Cli gives --data as a default property, which application.properties outranks; a system property does not
        var previous = System.setProperty("zhengwu.data-dir", dir.resolve("data").toString());
        try {
            assertThat(run("load", file.toString(), "--data", dir.resolve("data").toString())).isEqualTo(0);
            assertThat(out.toString()).startsWith("已载入2095年节假日数据");
            out.getBuffer().setLength(0);
            // 2095-01-03 is a Monday
            assertThat(run("add", "2094-12-31", "1", "--explain", "--data", dir.resolve("data").toString())).isEqualTo(0);
        } finally {
            restore(previous);
        }
        assertThat(out.toString().lines()).containsExactly("2095-01-04",
                "自2094年12月31日起算1个工作日，至2095年1月4日（星期二）：2095年1月3日元旦放假。");
    }

    private int run(String... args) {
        return new CommandLine(new CalendarCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(new CliErrors())
                .execute(args);
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty("zhengwu.data-dir");
        } else {
            System.setProperty("zhengwu.data-dir", previous);
        }
    }
}

package org.zhengwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as an operator uses it, on its own data directory: exit codes, one-line
 * errors, never a stack trace.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandLineTests extends CommandLineTestSupport {

    @TempDir
    static Path data;

    @Test
    @Order(1)
    void withoutArgumentsItPrintsUsageAndExitsTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(stdout()).contains("serve", "calendar", "audit", "rulepack", "admin");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @Order(2)
    void createsTheFirstAdministratorAndRefusesADuplicate() {
        assertThat(run("admin", "create-user", "root-admin", "--name", "系统管理员", "--role", "SYSTEM_ADMIN",
                "--data", data.toString())).isEqualTo(0);
        assertThat(stdout()).contains("created root-admin").contains("password: ");
        assertThat(data.resolve("zhengwu.mv.db")).exists();
        assertThat(run("admin", "create-user", "root-admin", "--name", "again", "--role", "SYSTEM_ADMIN",
                "--data", data.toString())).isEqualTo(2);
        assertThat(stderr().strip()).hasLineCount(1).contains("root-admin").doesNotContain("Exception");
    }

    @Test
    @Order(3)
    void issuesAnApiTokenForAnAccountAndRefusesAnUnknownOne() {
        assertThat(run("admin", "issue-token", "root-admin", "--name", "bench", "--data", data.toString())).isEqualTo(0);
        assertThat(stdout().strip()).startsWith("zw_").hasLineCount(1);
        assertThat(run("admin", "issue-token", "nobody", "--name", "bench", "--data", data.toString())).isEqualTo(2);
        assertThat(stderr().strip()).hasLineCount(1).contains("nobody").doesNotContain("Exception");
    }

    @Test
    @Order(3)
    void verifiesTheAuditChainAndNamesTheFirstBrokenRecord() throws SQLException {
        assertThat(run("audit", "verify", "--data", data.toString())).isEqualTo(0);
        assertThat(stdout()).contains("intact");
        try (var db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("zhengwu") + ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
             var stmt = db.createStatement()) {
            stmt.executeUpdate("UPDATE audit.record SET summary = 'forged' WHERE seq = 1");
        }
        assertThat(run("audit", "verify", "--data", data.toString())).isEqualTo(1);
        assertThat(stdout()).contains("BROKEN at record 1");
    }

    @Test
    @Order(4)
    void checksARulePackWithoutStarting() throws IOException {
        var good = Files.writeString(data.resolve("good.yaml"),
                new String(getClass().getResourceAsStream("/rulepacks/liaocheng-2022.yaml").readAllBytes(), StandardCharsets.UTF_8));
        assertThat(run("rulepack", "check", good.toString())).isEqualTo(0);
        assertThat(stdout()).contains("ok: liaocheng-2022 1.0.0");
        var bad = Files.writeString(data.resolve("bad.yaml"), Files.readString(good).replace("ordinary: 5", "ordinary: many"));
        assertThat(run("rulepack", "check", bad.toString())).isEqualTo(2);
        assertThat(stderr()).contains("replyLimits.ordinary");
        assertThat(run("rulepack", "check", data.resolve("missing.yaml").toString())).isEqualTo(2);
    }

    @Test
    @Order(5)
    void countsWorkingDaysWithTheDateOnTheFirstLine() {
        assertThat(run("calendar", "add", "2022-03-31", "5", "--data", data.toString())).isEqualTo(0);
        assertThat(stdout().lines().findFirst()).contains("2022-04-08");
        assertThat(run("calendar", "add", "2022-02-30", "5", "--data", data.toString())).isEqualTo(2);
        assertThat(stderr().strip()).hasLineCount(1);
    }
}

package org.zhengwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.zhengwu.gazette.SeedGazette;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./zhengwu supervision import-plan DOCNUMBER [--dry-run]} on a data directory of its own. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionCommandLineTests extends CommandLineTestSupport {

    static final String WATER_PLAN = "聊政办字〔2022〕6号";

    @TempDir
    static Path data;
    @TempDir
    static Path files;

    private JsonNode json() {
        var lines = out.toString(StandardCharsets.UTF_8).strip().lines().toList();
        return JsonMapper.builder().build().readTree(lines.getLast());
    }

    @Test
    @Order(1)
    @DisplayName("WR-67 a document that is not published is a user's mistake: exit 2, one line, nothing stored")
    void unknownDocumentExitsTwo() {
        assertThat(run("supervision", "import-plan", "聊政办字〔2022〕99号", "--data", data.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip().lines()).hasSize(1).first().asString()
                .startsWith("document: ").doesNotContain("Exception");
        assertThat(out.size()).isZero();
    }

    @Test
    @Order(2)
    @DisplayName("WR-67 --dry-run prints the items (WA-task: 莘县、阳谷县人民政府 as two units) and stores nothing; the import stores them; the second run adds nothing and says so")
    void dryRunImportAndAgain() throws IOException {
        var seed = Files.writeString(files.resolve("liaocheng-2022-03.txt"), SeedGazette.text());
        assertThat(run("gazette", "import", seed.toString(), "--data", data.toString())).isZero();
        assertThat(run("gazette", "publish", "2022/3", "--data", data.toString())).isZero();
        out.reset();
        assertThat(run("supervision", "import-plan", WATER_PLAN, "--dry-run", "--data", data.toString())).isZero();
        var dry = json();
        assertThat(dry.get("items").size()).isGreaterThan(10);
        var first = dry.get("items").get(0);
        assertThat(first.get("eId").asString()).isNotBlank();
        assertThat(first.get("leadUnits").get(0).get("name").asString()).isEqualTo("市住房城乡建设局");
        assertThat(first.get("leadUnits").get(0).has("orgUnit")).isTrue();
        assertThat(dry.get("unresolved").size()).isPositive();
        var guest = java.util.stream.StreamSupport.stream(dry.get("items").spliterator(), false)
                .filter(i -> i.get("title").asString().startsWith("莘县、阳谷县要建立客水")).findFirst().orElseThrow();
        assertThat(guest.get("leadUnits")).as("WA-task 莘县、阳谷县人民政府: two units, each with the suffix")
                .extracting(u -> u.get("name").asString(), u -> u.get("collective").asString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("莘县人民政府", "莘县、阳谷县人民政府"),
                        org.assertj.core.groups.Tuple.tuple("阳谷县人民政府", "莘县、阳谷县人民政府"));
        assertThat(dry.get("added").asInt()).isZero();
        out.reset();
        assertThat(run("supervision", "import-plan", WATER_PLAN, "--data", data.toString())).isZero();
        assertThat(json().get("added").asInt()).as("nothing was stored by the dry run").isEqualTo(dry.get("items").size());
        out.reset();
        err.reset();
        assertThat(run("supervision", "import-plan", WATER_PLAN, "--data", data.toString())).isZero();
        assertThat(json().get("added").asInt()).isZero();
        assertThat(json().get("alreadyThere").asInt()).isEqualTo(dry.get("items").size());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("已新增0项");
    }
}

package org.zhengwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.zhengwu.gazette.SeedGazette;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./zhengwu gazette import|publish|export} on a data directory of their own. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GazetteCommandLineTests extends CommandLineTestSupport {

    @TempDir
    static Path data;
    @TempDir
    static Path files;

    @Test
    @Order(1)
    void badFilesExitTwoWithOneLineAndStoreNothing() throws IOException {
        var empty = Files.write(files.resolve("empty.txt"), new byte[0]);
        var binary = Files.write(files.resolve("x.bin"), new byte[] {0, 1, 2, (byte) 0xff, 0, 0, 7});
        var words = Files.writeString(files.resolve("words.txt"), "hello world\nnothing official here\n");
        var large = files.resolve("large.txt");
        try (var f = new RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(60L * 1024 * 1024);
        }
        for (var file : new Path[] {empty, binary, words, large}) {
            err.reset();
            assertThat(run("gazette", "import", file.toString(), "--data", data.toString())).as(file.toString()).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("FILE: "))).hasSize(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception");
        }
        assertThat(out.size()).isZero();
        assertThat(data.resolve("zhengwu.mv.db")).doesNotExist();
    }

    @Test
    @Order(2)
    void importsWithProgressOnStderrAndOneLineOnStdout() throws IOException {
        var seed = Files.writeString(files.resolve("liaocheng-2022-03.txt"), SeedGazette.text());
        assertThat(run("gazette", "import", seed.toString(), "--data", data.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).hasLineCount(1)
                .contains("聊城市人民政府公报 2022年第3期", "第 1 版", "9 篇");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[#", "存储公文 9/9", "完成");
        out.reset();
        assertThat(run("gazette", "import", seed.toString(), "--data", data.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).hasLineCount(1).contains("内容未变", "第 1 版");
        assertThat(data.resolve("search")).as("a command that does not search leaves the index alone").doesNotExist();
    }

    @Test
    @Order(3)
    void publishesAndExportsTheSameJsonAsTheApi() {
        assertThat(run("gazette", "export", "2022/3", "--data", data.toString())).isEqualTo(2);
        assertThat(run("gazette", "publish", "2022/3", "--data", data.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("已发布", "9 篇");
        out.reset();
        assertThat(run("gazette", "export", "2022/3", "--data", data.toString())).isZero();
        var issue = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(issue.get("documents")).hasSize(9);
        var id = issue.get("documents").get(4).get("id").asString();
        out.reset();
        assertThat(run("gazette", "export", id, "--data", data.toString())).isZero();
        var doc = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(doc.get("docNumber").asString()).isEqualTo("聊政办字〔2022〕8号");
        assertThat(doc.get("effectiveFrom").asString()).isEqualTo("2022-05-01");
    }

    @Test
    @Order(4)
    void searchesTheLocalDataAndPrintsTheApisJson() {
        assertThat(run("gazette", "search", "应急救援 48学时", "--data", data.toString())).isZero();
        var result = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(result.get("total").asLong()).isPositive();
        var first = result.get("hits").get(0);
        assertThat(first.get("docNumber").asString()).isEqualTo("聊政办字〔2022〕8号");
        assertThat(first.get("num").asString()).isEqualTo("第十九条");
        assertThat(first.get("eId").asString()).endsWith("art_19");
        assertThat(first.get("snippet").asString()).containsPattern("<em>[^<]*48[^<]*</em>");
        assertThat(data.resolve("search")).isDirectory();
        out.reset();
        assertThat(run("gazette", "search", "聊政发[2022]4号", "--year", "2022", "--page", "1", "--data", data.toString())).isZero();
        var byNumber = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(byNumber.get("hits").get(0).get("docNumber").asString()).isEqualTo("聊政发〔2022〕4号");
        out.reset();
        assertThat(run("gazette", "search", "应急救援", "--year", "1800", "--data", data.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("year").doesNotContain("Exception");
        assertThat(out.size()).isZero();
    }
}

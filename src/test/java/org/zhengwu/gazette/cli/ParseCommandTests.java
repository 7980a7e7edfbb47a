package org.zhengwu.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengwu.gazette.SeedGazette;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/** {@code zhengwu gazette parse FILE}: JSON on stdout, one line on stderr and exit 2 for bad files. */
class ParseCommandTests {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stdout;

    @BeforeEach
    void capture() {
        stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(stdout);
    }

    private int run(String... args) {
        var cli = new CommandLine(new GazetteCommand()).setExecutionExceptionHandler(new org.zhengwu.platform.cli.CliErrors());
        cli.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return cli.execute(args);
    }

    @Test
    void printsTheParseAsJsonWithTheFixedFields() throws IOException {
        var file = Files.writeString(dir.resolve("issue.txt"), SeedGazette.text());
        assertThat(run("parse", file.toString(), "--format", "json")).isZero();
        var json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("issue").get("serial").asInt()).isEqualTo(228);
        assertThat(json.get("toc")).hasSize(9);
        var first = json.get("documents").get(0);
        assertThat(first.get("docNumber").asString()).isEqualTo("聊政发〔2022〕4号");
        assertThat(first.get("signedDate").asString()).isEqualTo("2022-03-08");
        assertThat(first.has("effectiveFrom")).isTrue();
        assertThat(first.get("effectiveFrom").isNull()).isTrue();
        assertThat(first.get("units").get(1).get("type").asString()).isEqualTo("attachment");
        assertThat(json.get("documents").get(8).get("docNumber").isNull()).isTrue();
        assertThat(json.get("warnings")).isEmpty();
    }

    @Test
    void exitsTwoWithOneLineForEmptyBinaryMissingAndOversizedFiles() throws IOException {
        var empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        var binary = Files.write(dir.resolve("x.bin"), new byte[] {0, 1, 2, (byte) 0xff, 0, 0, 7});
        var noDocument = Files.writeString(dir.resolve("words.txt"), "hello world\nnothing official here\n");
        var large = dir.resolve("large.txt");
        try (var f = new RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(60L * 1024 * 1024);
        }
        for (var file : new Path[] {empty, binary, noDocument, large, dir.resolve("missing.txt")}) {
            err.reset();
            assertThat(run("parse", file.toString())).as(file.toString()).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8).strip()).hasLineCount(1).startsWith("FILE: ").doesNotContain("Exception");
        }
        assertThat(out.size()).isZero();
    }
}

package org.zhengwu.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengwu.gazette.PdfFontMissing;
import org.zhengwu.gazette.PdfInspection;
import org.zhengwu.gazette.SeedGazette;
import org.zhengwu.platform.cli.CliErrors;
import picocli.CommandLine;

/** {@code zhengwu gazette pdf FILE [--doc N] [-o OUT]}: a PDF file, or one line on stderr and exit 2. */
class PdfCommandTests {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stdout;
    Path seed;

    @BeforeEach
    void capture() throws IOException {
        stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        seed = Files.writeString(dir.resolve("issue.txt"), SeedGazette.text());
    }

    @AfterEach
    void restore() {
        System.setOut(stdout);
        System.clearProperty(PdfFontMissing.PROPERTY);
    }

    private int run(String... args) {
        var cli = new CommandLine(new GazetteCommand()).setExecutionExceptionHandler(new CliErrors());
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return cli.execute(args);
    }

    @Test
    void writesTheDocumentNamedByItsNumberInAnyBracketSpelling() throws IOException {
        var target = dir.resolve("rescue.pdf");
        assertThat(run("pdf", seed.toString(), "--doc", "聊政办字[2022]8号", "-o", target.toString(),
                "--copy-to", "市应急局，市财政局", "--printer", "聊城市人民政府办公室", "--printed-on", "2022-03-24")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo(target.toString());
        var text = PdfInspection.compact(PdfInspection.text(Files.readAllBytes(target)));
        assertThat(text).contains("聊政办字〔2022〕8号", "第三十四条", "抄送：市应急局，市财政局。", "2022年3月24日印发");
    }

    @Test
    void takesTheFirstDocumentAndNamesTheFileAfterItsNumberByDefault() throws IOException {
        var target = dir.resolve("out.pdf");
        assertThat(run("pdf", seed.toString(), "-o", target.toString(), "--mark", "", "--note", "此件公开发布")).isZero();
        var text = PdfInspection.compact(PdfInspection.text(Files.readAllBytes(target)));
        // a blank mark leaves out the whole 版头: mark, number and red line
        assertThat(text).startsWith("—1—聊城市人民政府关于印发").contains("（此件公开发布）").doesNotContain("人民政府文件").doesNotContain("聊政发");
        assertThat(new PdfCommand().defaultName(SeedGazette.document("聊政发〔2022〕4号"))).isEqualTo("聊政发〔2022〕4号.pdf");
    }

    @Test
    void anUnknownNumberIsOneLineListingTheNumbersThereAre() {
        assertThat(run("pdf", seed.toString(), "--doc", "聊政发〔2022〕99号", "-o", dir.resolve("x.pdf").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).hasLineCount(1)
                .startsWith("--doc: 文中没有文号为 聊政发〔2022〕99号 的公文").contains("聊政任〔2022〕10号");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aMissingFontIsOneLineNamingThePackageAndExitsTwo() {
        System.setProperty(PdfFontMissing.PROPERTY, dir.resolve("gone.ttc").toString());
        assertThat(run("pdf", seed.toString(), "-o", dir.resolve("x.pdf").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).hasLineCount(1)
                .startsWith("zhengwu.pdf.font: ").contains("apt-get install fonts-wqy-zenhei").doesNotContain("Exception");
    }

    @Test
    void badInputIsOneLineAndExitsTwo() throws IOException {
        var empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        for (var file : new Path[] {empty, dir.resolve("missing.txt")}) {
            err.reset();
            assertThat(run("pdf", file.toString())).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8).strip()).hasLineCount(1).startsWith("FILE: ");
        }
    }
}

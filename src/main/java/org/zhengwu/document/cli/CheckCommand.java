package org.zhengwu.document.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zhengwu.document.DocumentIntake;
import org.zhengwu.document.IntakeReport;
import org.zhengwu.document.Prefill;
import org.zhengwu.document.SubmissionJson;
import org.zhengwu.document.domain.Submission;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.cli.Cli;
import org.zhengwu.platform.cli.DataOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Runs the intake checks (WR-55, WR-56) on a JSON submission or a DOCX/PDF/text document, through
 * the same code as the form and the API; prints the outcome, the findings and the WR-57 reply
 * date as one JSON object. Exit 0 whatever the outcome, 2 for input that cannot be read.
 */
@Command(name = "check", description = "Run the intake checks on FILE (a JSON submission, or DOCX/PDF/text) and print the outcome as JSON.")
class CheckCommand implements Callable<Integer> {

    static final long MAX_BYTES = 50L * 1024 * 1024;

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "FILE", description = "a JSON submission, or a DOCX, PDF or text document")
    Path file;

    @Override
    public Integer call() {
        var submission = read(bytes(file), file.getFileName().toString());
        IntakeReport report = Cli.withContext(data.path(), ctx -> ctx.getBean(DocumentIntake.class).check(submission));
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(ReportJson.write(report));
        out.flush();
        return 0;
    }

    static Submission read(byte[] bytes, String name) {
        var text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") || text.startsWith("{")) {
            return SubmissionJson.read(text, "FILE");
        }
        return new Prefill().fromFile(bytes, name);
    }

    static byte[] bytes(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UserError("document.input.too-large", "FILE", size, MAX_BYTES);
            }
            if (size == 0) {
                throw new UserError("document.input.empty", "FILE");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserError("document.input.unreadable", "FILE", file.toString());
        } catch (IOException e) {
            throw new UserError("document.input.unreadable", "FILE", file + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}

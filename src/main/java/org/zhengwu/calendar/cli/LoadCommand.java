package org.zhengwu.calendar.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zhengwu.calendar.WorkingDayClock;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.cli.Cli;
import org.zhengwu.platform.cli.DataOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Loads a year's official holiday file (holiday-cn format); a refused file changes nothing. */
@Command(name = "load", description = "Load a year's official holiday file (holiday-cn JSON); it overrides the shipped data.")
class LoadCommand implements Callable<Integer> {

    private static final long MAX_BYTES = 1_000_000;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "FILE", description = "the JSON file, e.g. 2027.json")
    Path file;

    @Override
    public Integer call() {
        var text = read(file);
        var message = Cli.withContext(data.path(), ctx -> {
            var result = ctx.getBean(WorkingDayClock.class).load(text, file.getFileName().toString());
            return Messages.text(ctx, "calendar.cli.loaded", Integer.toString(result.year()),
                    Integer.toString(result.offDays()), Integer.toString(result.makeUpDays()), result.sha256());
        });
        spec.commandLine().getOut().println(message);
        return 0;
    }

    private static String read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UserError("calendar.file.too-large", "FILE", Long.toString(MAX_BYTES));
            }
            var text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UserError("calendar.file.not-utf8", "FILE");
        } catch (IOException e) {
            throw new UserError("calendar.file.unreadable", "FILE", file.toString());
        }
    }
}

package org.zhengwu.rulepack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.cli.CommandGroup;
import org.zhengwu.rulepack.RulePackInvalid;
import org.zhengwu.rulepack.RulePackReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rulepack", description = "The city's rule pack.", subcommands = RulePackCommand.Check.class)
public class RulePackCommand extends CommandGroup {

    @Command(name = "check", description = "Validate a rule pack file without starting the platform.")
    static class Check implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new UserError("rulepack.unreadable", "FILE", file);
            }
            try {
                var pack = RulePackReader.read(text);
                System.out.println("ok: " + pack.id() + " " + pack.version() + " (" + pack.city() + ", "
                        + pack.ladders().size() + " ladders, " + pack.posts().size() + " post kinds)");
                return 0;
            } catch (RulePackInvalid invalid) {
                invalid.problems().forEach(p -> System.err.println(file + ": " + p));
                return 2;
            }
        }
    }
}

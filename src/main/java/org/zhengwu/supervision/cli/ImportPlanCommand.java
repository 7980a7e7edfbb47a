package org.zhengwu.supervision.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.MessageSource;
import org.zhengwu.platform.cli.Cli;
import org.zhengwu.platform.cli.DataOption;
import org.zhengwu.supervision.PlanImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * WR-67, WA-task: prints a published plan's tasks as items (JSON on stdout) and stores them
 * unless {@code --dry-run}; a second run adds nothing and says so on stderr.
 */
@Command(name = "import-plan", description = "Import the tasks of a published gazette document (by its number) as ledger items.")
class ImportPlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "DOCNUMBER", description = "the document number, e.g. 聊政办字〔2022〕6号")
    String docNumber;

    @Option(names = "--dry-run", description = "show what would be imported; store nothing")
    boolean dryRun;

    @Override
    public Integer call() {
        var out = Cli.withContext(data.path(), ctx -> {
            var result = ctx.getBean(PlanImport.class).importPlan(docNumber, Map.of(), dryRun);
            var line = ctx.getBean(MessageSource.class).getMessage(dryRun ? "supervision.cli.dry-run" : "supervision.cli.imported",
                    new Object[] {result.preview().newItems(), result.added(), result.alreadyThere(),
                        result.preview().unresolved().size()}, java.util.Locale.SIMPLIFIED_CHINESE);
            return new String[] {PlanJson.of(result), line};
        });
        var stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        stdout.println(out[0]);
        stdout.flush();
        spec.commandLine().getErr().println(out[1]);
        spec.commandLine().getErr().flush();
        return 0;
    }
}

package org.zhengwu.gazette.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.zhengwu.gazette.GazetteExport;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.cli.Cli;
import org.zhengwu.platform.cli.DataOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Prints a public document (by id) or a published issue (YEAR/NUMBER) as JSON in the parse
 * format: the same JSON as {@code /api/v1/gazette/…}, under the same visibility rules.
 */
@Command(name = "export", description = "Print a public document (DOC_ID) or a published issue (YEAR/NUMBER) as JSON.")
class ExportCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "DOC_ID|YEAR/NUMBER", description = "a document id, or an issue such as 2022/3")
    String target;

    @Override
    public Integer call() {
        var json = Cli.withContext(data.path(), ctx -> {
            var export = ctx.getBean(GazetteExport.class);
            var found = Target.issue(target).map(n -> export.issue(n[0], n[1])).orElseGet(() -> export.document(target.strip()));
            return found.orElseThrow(() -> new UserError("gazette.export.not-found", "TARGET", target));
        });
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(json);
        out.flush();
        return 0;
    }
}

package org.zhengwu.gazette.cli;

import java.util.concurrent.Callable;
import org.springframework.context.MessageSource;
import org.zhengwu.gazette.GazetteDocument;
import org.zhengwu.gazette.GazetteLibrary;
import org.zhengwu.gazette.GazettePublisher;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.cli.Cli;
import org.zhengwu.platform.cli.DataOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Publishes a stored draft issue, named YEAR/NUMBER (OG-5a, WR-62). */
@Command(name = "publish", description = "Publish a stored draft issue (YEAR/NUMBER); it is immutable afterwards.")
class PublishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "YEAR/NUMBER", description = "the issue, e.g. 2022/3")
    String issue;

    @Override
    public Integer call() {
        var number = Target.issue(issue).orElseThrow(() -> new UserError("gazette.export.not-found", "ISSUE", issue));
        var line = Cli.withContext(data.path(), ctx -> {
            var library = ctx.getBean(GazetteLibrary.class);
            var stored = library.issues().stream().filter(i -> !i.standalone() && i.year() == number[0]
                    && i.number() == number[1]).findFirst()
                    .orElseThrow(() -> new UserError("gazette.export.not-found", "ISSUE", issue));
            var published = ctx.getBean(GazettePublisher.class).publish(stored.id());
            long open = library.issue(published.id()).orElseThrow().documents().stream().filter(GazetteDocument::isPublic).count();
            var messages = ctx.getBean(MessageSource.class);
            return Summary.text(messages, "gazette.cli.published", Summary.label(messages, published), open);
        });
        spec.commandLine().getOut().println(line);
        spec.commandLine().getOut().flush();
        return 0;
    }
}

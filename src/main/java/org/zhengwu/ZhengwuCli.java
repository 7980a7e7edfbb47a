package org.zhengwu;

import org.zhengwu.audit.cli.AuditCommand;
import org.zhengwu.calendar.cli.CalendarCommand;
import org.zhengwu.document.cli.DocumentCommand;
import org.zhengwu.gazette.cli.GazetteCommand;
import org.zhengwu.platform.cli.AdminCommand;
import org.zhengwu.platform.cli.CliErrors;
import org.zhengwu.platform.cli.ServeCommand;
import org.zhengwu.rulepack.cli.RulePackCommand;
import org.zhengwu.supervision.cli.SupervisionCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The sub-commands of {@code ./zhengwu}; each module contributes its own. */
@Command(name = "zhengwu", mixinStandardHelpOptions = true, version = "zhengwu 0.1.0",
        description = "政务: a municipal government's work, run by its own published rules.",
        subcommands = {
            ServeCommand.class,
            AdminCommand.class,
            AuditCommand.class,
            RulePackCommand.class,
            CalendarCommand.class,
            GazetteCommand.class,
            SupervisionCommand.class,
            DocumentCommand.class,
        })
final class ZhengwuCli {

    private ZhengwuCli() {
    }

    static int run(String... args) {
        var cli = new CommandLine(new ZhengwuCli())
                .setExecutionExceptionHandler(new CliErrors())
                .setParameterExceptionHandler((ex, params) -> {
                    ex.getCommandLine().getErr().println(ex.getMessage());
                    ex.getCommandLine().getErr().println("usage: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help");
                    return CliErrors.USER_ERROR;
                });
        if (args.length == 0) {
            cli.usage(System.out);
            return CliErrors.USER_ERROR;
        }
        return cli.execute(args);
    }
}

package org.zhengwu.supervision.cli;

import org.zhengwu.platform.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code zhengwu supervision …}: the supervision ledger at the command line. */
@Command(name = "supervision", description = "The supervision ledger (督查台账): import a published plan's tasks as items.",
        subcommands = {ImportPlanCommand.class})
public class SupervisionCommand extends CommandGroup {
}

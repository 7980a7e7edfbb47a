package org.zhengwu.document.cli;

import org.zhengwu.platform.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code zhengwu document …}: the official documents desk at the command line. */
@Command(name = "document", description = "Official documents (公文): run the intake checks on a request or report.",
        subcommands = {CheckCommand.class})
public class DocumentCommand extends CommandGroup {
}

package org.zhengwu.gazette.cli;

import org.zhengwu.platform.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code zhengwu gazette …}: the gazette at the command line. */
@Command(name = "gazette",
        description = "The gazette (政府公报): parse, import, publish, export and search issues and documents; print them as PDF.",
        subcommands = {ParseCommand.class, ImportCommand.class, PublishCommand.class, ExportCommand.class,
            PdfCommand.class, SearchCommand.class})
public class GazetteCommand extends CommandGroup {
}

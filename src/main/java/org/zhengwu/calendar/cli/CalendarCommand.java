package org.zhengwu.calendar.cli;

import org.zhengwu.platform.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code zhengwu calendar …}: the working-day clock at the command line. */
@Command(name = "calendar", description = "The working-day clock: deadlines on the official calendar (WR-57).",
        subcommands = {AddCommand.class, BetweenCommand.class, LoadCommand.class})
public class CalendarCommand extends CommandGroup {
}

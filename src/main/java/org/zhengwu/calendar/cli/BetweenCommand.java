package org.zhengwu.calendar.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhengwu.calendar.WorkingDayClock;
import org.zhengwu.calendar.domain.UserInput;
import org.zhengwu.platform.cli.Cli;
import org.zhengwu.platform.cli.DataOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The working days after the first date up to and including the second; the count alone on the first line. */
@Command(name = "between", description = "Working days after FROM up to and including TO (negative when TO is earlier).")
class BetweenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "FROM", description = "yyyy-MM-dd")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "yyyy-MM-dd")
    String to;

    @Override
    public Integer call() {
        var a = UserInput.date(from, "FROM");
        var b = UserInput.date(to, "TO");
        List<String> lines = Cli.withContext(data.path(), ctx -> {
            var clock = ctx.getBean(WorkingDayClock.class);
            var out = new ArrayList<String>(List.of(Integer.toString(clock.workingDaysBetween(a, b))));
            if (clock.isProvisional(a, b)) {
                out.add(Messages.text(ctx, "calendar.provisional"));
            }
            return out;
        });
        lines.forEach(spec.commandLine().getOut()::println);
        return 0;
    }
}

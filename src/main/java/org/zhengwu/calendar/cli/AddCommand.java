package org.zhengwu.calendar.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ApplicationContext;
import org.zhengwu.calendar.WorkingDayClock;
import org.zhengwu.calendar.domain.UserInput;
import org.zhengwu.platform.cli.Cli;
import org.zhengwu.platform.cli.DataOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The deadline: the date alone on the first line, so that scripts can read it. */
@Command(name = "add", description = "The N-th working day after DATE (the day of receipt is not counted).")
class AddCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "DATE", description = "day of receipt, yyyy-MM-dd")
    String date;

    @Parameters(index = "1", paramLabel = "N", description = "working days, 0 or more")
    String count;

    @Option(names = "--explain", description = "also print why the deadline falls on that day")
    boolean explain;

    @Override
    public Integer call() {
        // the input is checked before the application starts: a typo answers at once
        var from = UserInput.date(date, "DATE");
        var n = UserInput.count(count, "N");
        List<String> lines = Cli.withContext(data.path(), ctx -> answer(ctx, from, n));
        lines.forEach(spec.commandLine().getOut()::println);
        return 0;
    }

    private List<String> answer(ApplicationContext ctx, LocalDate from, int n) {
        var deadline = ctx.getBean(WorkingDayClock.class).deadline(from, n);
        var out = new ArrayList<String>(List.of(deadline.date().toString()));
        if (explain) {
            out.add(deadline.explanation());
        }
        if (deadline.provisional()) {
            out.add(Messages.text(ctx, "calendar.provisional"));
        }
        return out;
    }
}

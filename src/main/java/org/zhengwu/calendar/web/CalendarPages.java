package org.zhengwu.calendar.web;

import java.time.Clock;
import java.time.YearMonth;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengwu.calendar.WorkingDayClock;
import org.zhengwu.calendar.domain.DateWords;
import org.zhengwu.calendar.domain.UserInput;
import org.zhengwu.kernel.UserError;

/** The public calendar: a month of the official calendar and a deadline calculator (WR-57). */
@Controller
class CalendarPages {

    private final WorkingDayClock clock;
    private final MessageSource messages;
    private final Clock time;

    CalendarPages(WorkingDayClock clock, MessageSource messages, Clock time) {
        this.clock = clock;
        this.messages = messages;
        this.time = time;
    }

    @GetMapping("/calendar")
    String month(@RequestParam(required = false) YearMonth month, @RequestParam(required = false) String from,
            @RequestParam(required = false) String add, Model model) {
        var shown = month == null ? YearMonth.now(time) : month;
        var title = new DateWords((key, args) -> text(key, (Object[]) args)).month(shown);
        model.addAttribute("grid", MonthGrid.of(shown, title, clock.month(shown)));
        model.addAttribute("officialYears", clock.officialYears());
        model.addAttribute("from", from);
        model.addAttribute("add", add);
        deadline(from, add, model);
        return "calendar/month";
    }

    /** The calculator's answer alone, for htmx to swap into the page. */
    @GetMapping("/calendar/deadline")
    String deadlineFragment(@RequestParam(required = false) String from, @RequestParam(required = false) String add,
            Model model) {
        deadline(from, add, model);
        return "calendar/month :: result";
    }

    // a mistake in the calculator is shown beside it, not as an error page: the month stays in view
    private void deadline(String from, String add, Model model) {
        if ((from == null || from.isBlank()) && (add == null || add.isBlank())) {
            return;
        }
        try {
            model.addAttribute("deadline", clock.deadline(UserInput.date(from, "from"), UserInput.count(add, "add")));
        } catch (UserError e) {
            model.addAttribute("error", text(e.messageKey(), e.arguments()));
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}

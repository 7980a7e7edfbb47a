package org.zhengwu.calendar.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhengwu.calendar.DayInfo;
import org.zhengwu.calendar.DayKind;
import org.zhengwu.calendar.WorkingDayClock;
import org.zhengwu.calendar.domain.SupportedDates;
import org.zhengwu.kernel.UserError;

/** The working-day clock for machines: deadlines, counts and months, public like the page. */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

    record DeadlineAnswer(LocalDate date, boolean provisional, String explanation) {
    }

    record CountAnswer(int workingDays, boolean provisional) {
    }

    record DayAnswer(LocalDate date, DayKind kind, boolean workingDay, String holiday, boolean provisional) {

        static DayAnswer of(DayInfo day) {
            return new DayAnswer(day.date(), day.kind(), day.isWorkingDay(), day.holidayName(), day.provisional());
        }
    }

    record MonthAnswer(YearMonth month, boolean provisional, List<DayAnswer> days) {
    }

    private final WorkingDayClock clock;
    private final Clock time;

    CalendarApi(WorkingDayClock clock, Clock time) {
        this.clock = clock;
        this.time = time;
    }

    /** WR-57: the n-th working day after {@code from}, with why. */
    @GetMapping(path = "/working-days", params = {"add", "!to"})
    DeadlineAnswer add(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam @Min(0) @Max(SupportedDates.MAX_COUNT) int add) {
        var deadline = clock.deadline(from, add);
        return new DeadlineAnswer(deadline.date(), deadline.provisional(), deadline.explanation());
    }

    @GetMapping(path = "/working-days", params = {"to", "!add"})
    CountAnswer between(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return new CountAnswer(clock.workingDaysBetween(from, to), clock.isProvisional(from, to));
    }

    // neither or both of add and to: say which one is wanted
    @GetMapping("/working-days")
    void ambiguous() {
        throw new UserError("calendar.count.required", "add");
    }

    @GetMapping("/days")
    MonthAnswer days(@RequestParam(required = false) YearMonth month) {
        var wanted = month == null ? YearMonth.now(time) : month;
        var days = clock.month(wanted).stream().map(DayAnswer::of).toList();
        return new MonthAnswer(wanted, days.stream().anyMatch(DayAnswer::provisional), days);
    }
}

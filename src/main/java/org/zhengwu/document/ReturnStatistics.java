package org.zhengwu.document;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.zhengwu.document.persistence.IncomingStore;
import org.zhengwu.document.persistence.IncomingStore.UnitCount;
import org.zhengwu.kernel.UserError;
import org.zhengwu.rulepack.RulePacks;

/**
 * WR-56.5: returns per unit and period, and the 通报 report of the units returned at least as
 * often as the pack's threshold within its period.
 */
@Service
public class ReturnStatistics {

    private final IncomingStore store;
    private final RulePacks packs;

    ReturnStatistics(IncomingStore store, RulePacks packs) {
        this.store = store;
        this.packs = packs;
    }

    /** Returned submissions per lead unit in [from, to], most first. */
    public List<UnitCount> perUnit(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new UserError("document.returns.bad-period", "to");
        }
        return store.returnsPerUnit(from, to);
    }

    /** The pack's period that holds the day: a quarter when it is 3 months long. */
    public Period periodOf(LocalDate day) {
        int months = packs.active().section(IntakeSection.class).noticePeriodMonths();
        int first = ((day.getMonthValue() - 1) / months) * months + 1;
        var start = java.time.YearMonth.of(day.getYear(), first);
        return new Period(start.atDay(1), start.plusMonths(months - 1L).atEndOfMonth());
    }

    /** WR-56.5 通报: the units at or above the threshold in the period holding the day. */
    public Notice notice(LocalDate day) {
        var period = periodOf(day);
        int threshold = packs.active().section(IntakeSection.class).noticeThreshold();
        var units = perUnit(period.from(), period.to()).stream().filter(u -> u.count() >= threshold).toList();
        return new Notice(period, threshold, units);
    }

    /** A period of the statistics. */
    public record Period(LocalDate from, LocalDate to) {
    }

    /** The 通报 report: the period, the threshold and the units named. */
    public record Notice(Period period, int threshold, List<UnitCount> units) {
    }
}

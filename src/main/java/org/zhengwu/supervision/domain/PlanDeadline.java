package org.zhengwu.supervision.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a plan task's deadline means for the ledger (WA-task): a day, ongoing work reported on a
 * cycle, or text that could not be read (flagged, never guessed).
 */
public sealed interface PlanDeadline {

    record On(LocalDate day) implements PlanDeadline {
    }

    record Ongoing() implements PlanDeadline {
    }

    record Unreadable(String text) implements PlanDeadline {
    }

    /** Words that mean the whole plan year: 年内 → 31 December of the plan year. */
    List<String> PLAN_YEAR = List.of("年内", "年底前", "年底", "年末", "全年");

    /** Words that mean standing work without a last day. */
    List<String> STANDING = List.of("长期坚持", "持续推进", "常态化", "长期");

    /**
     * The parser's day when it read one; else 年内 and kin → the plan year's 31 December; no
     * text → ongoing; anything else is unreadable.
     */
    static PlanDeadline of(LocalDate parsed, String text, int planYear) {
        if (parsed != null) {
            return new On(parsed);
        }
        if (text == null || text.isBlank()) {
            return new Ongoing();
        }
        var t = text.strip();
        if (PLAN_YEAR.stream().anyMatch(t::equals) || PLAN_YEAR.stream().anyMatch(w -> t.equals("今" + w))) {
            return new On(LocalDate.of(planYear, 12, 31));
        }
        if (STANDING.stream().anyMatch(t::contains)) {
            return new Ongoing();
        }
        return new Unreadable(t);
    }
}

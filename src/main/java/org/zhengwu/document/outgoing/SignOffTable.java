package org.zhengwu.document.outgoing;

import java.util.List;
import java.util.Optional;

/** WR-59: the sign-off table of the rule pack, first matching row. Plain Java. */
public record SignOffTable(List<SignOffRow> rows) {

    public SignOffTable {
        rows = List.copyOf(rows);
    }

    /** The row that decides who signs; empty when the pack has none for the case. */
    public Optional<SignOffRow> decide(SignOffCase c) {
        return rows.stream().filter(r -> r.matches(c)).findFirst();
    }
}

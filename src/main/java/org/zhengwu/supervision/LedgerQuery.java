package org.zhengwu.supervision;

import java.time.LocalDate;
import java.util.List;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.supervision.domain.Light;

/**
 * A filter of the ledger; null fields do not filter.
 *
 * @param units     items carried by any of these units (a leader's portfolio, a clerk's unit)
 * @param leader    items whose result goes to this leader (with {@code units}: either)
 * @param dueFrom   due on or after
 * @param dueTo     due on or before
 */
public record LedgerQuery(Source source, OrgUnitId unit, ItemStatus status, Light light, LocalDate dueFrom,
        LocalDate dueTo, List<OrgUnitId> units, String leader, int limit, int offset) {

    public LedgerQuery {
        units = units == null ? null : List.copyOf(units);
    }

    public static LedgerQuery all() {
        return new LedgerQuery(null, null, null, null, null, null, null, null, 500, 0);
    }

    public LedgerQuery scopedTo(List<OrgUnitId> scopeUnits, String scopeLeader) {
        return new LedgerQuery(source, unit, status, light, dueFrom, dueTo, scopeUnits, scopeLeader, limit, offset);
    }
}

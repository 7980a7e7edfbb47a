package org.zhengwu.supervision.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.UserError;
import org.zhengwu.supervision.ItemStatus;
import org.zhengwu.supervision.LedgerQuery;
import org.zhengwu.supervision.Source;
import org.zhengwu.supervision.domain.Light;

/** The ledger's filter as the page and the API take it: empty parameters do not filter. */
record LedgerFilter(String source, String unit, String status, String light, String dueFrom, String dueTo, Integer page) {

    static final int PAGE_SIZE = 50;

    LedgerQuery query(int limit) {
        int p = page == null || page < 1 ? 1 : page;
        return new LedgerQuery(value(source, Source.class, "source"), blank(unit) ? null : new OrgUnitId(unit.strip()),
                value(status, ItemStatus.class, "status"), value(light, Light.class, "light"), date(dueFrom, "dueFrom"),
                date(dueTo, "dueTo"), null, null, limit, (p - 1) * limit);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <E extends Enum<E>> E value(String text, Class<E> type, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw new UserError("supervision.filter-invalid", field, text);
        }
    }

    private static LocalDate date(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserError("supervision.due-invalid", field, text);
        }
    }
}

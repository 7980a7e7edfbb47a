package org.zhengwu.calendar.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The entries of a file's {@code days}, checked one by one as they are added. */
final class DayEntries {

    private final int year;
    private final List<ListedDay> listed = new ArrayList<>();
    private final Set<LocalDate> seen = new HashSet<>();

    DayEntries(int year) {
        this.year = year;
    }

    /** Adds entry number {@code n} (1-based), or names what is wrong with it. */
    Optional<Reading.Rejected> add(int n, JsonNode entry) {
        if (!entry.isObject()) {
            return reject("calendar.file.day-not-object", n);
        }
        var name = entry.get("name");
        if (name == null || !name.isString() || name.stringValue().isBlank()) {
            return reject("calendar.file.day-name", n);
        }
        var off = entry.get("isOffDay");
        if (off == null || !off.isBoolean()) {
            return reject("calendar.file.day-off", n);
        }
        return dated(n, entry.get("date"), date -> new ListedDay(date, name.stringValue().strip(), off.booleanValue()));
    }

    private Optional<Reading.Rejected> dated(int n, JsonNode node, java.util.function.Function<LocalDate, ListedDay> day) {
        var date = node != null && node.isString() ? isoDate(node.stringValue()) : Optional.<LocalDate>empty();
        if (date.isEmpty()) {
            return reject("calendar.file.day-date", n, node == null ? "" : node.asString());
        }
        var problem = placement(n, date.get());
        if (problem.isEmpty()) {
            listed.add(day.apply(date.get()));
        }
        return problem;
    }

    // holiday-cn: a notice may list late-December or early-January days of the neighbouring year
    private Optional<Reading.Rejected> placement(int n, LocalDate date) {
        if (Math.abs(date.getYear() - year) > 1) {
            return reject("calendar.file.day-outside", n, date, year - 1, year + 1);
        }
        return seen.add(date) ? Optional.empty() : reject("calendar.file.day-duplicate", n, date);
    }

    private static Optional<LocalDate> isoDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    List<ListedDay> listed() {
        return List.copyOf(listed);
    }

    private static Optional<Reading.Rejected> reject(String key, Object... arguments) {
        return Optional.of(Reading.Rejected.of(key, arguments));
    }
}

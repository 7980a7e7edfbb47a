package org.zhengwu.calendar.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an official holiday file in the holiday-cn format
 * ({@code {year, papers: [url], days: [{name, date, isOffDay}]}}) and refuses a file that is
 * not one: the clock must never count on a half-understood notice.
 */
public final class HolidayFileReader {

    private static final JsonMapper JSON = JsonMapper.shared();

    public Reading read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text == null ? "" : text);
        } catch (JacksonException e) {
            var line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return Reading.Rejected.of("calendar.file.not-json", line);
        }
        if (root == null || !root.isObject()) {
            return Reading.Rejected.of("calendar.file.not-object");
        }
        return year(root).map(Reading.class::cast).orElseGet(() -> days(root, root.get("year").intValue()));
    }

    private static Optional<Reading.Rejected> year(JsonNode root) {
        var year = root.get("year");
        if (year == null || !year.isInt()) {
            return Optional.of(Reading.Rejected.of("calendar.file.year-missing"));
        }
        if (!SupportedDates.containsYear(year.intValue())) {
            return Optional.of(Reading.Rejected.of("calendar.file.year-out-of-range", year.intValue(),
                    SupportedDates.FIRST_YEAR, SupportedDates.LAST_YEAR));
        }
        return Optional.empty();
    }

    private static Reading days(JsonNode root, int year) {
        var days = root.get("days");
        if (days == null || !days.isArray() || days.isEmpty()) {
            return Reading.Rejected.of("calendar.file.days-empty", year);
        }
        var entries = new DayEntries(year);
        for (int i = 0; i < days.size(); i++) {
            var problem = entries.add(i + 1, days.get(i));
            if (problem.isPresent()) {
                return problem.get();
            }
        }
        return new Reading.Read(new HolidayYear(year, papers(root), entries.listed()));
    }

    private static List<String> papers(JsonNode root) {
        var papers = new ArrayList<String>();
        var node = root.get("papers");
        if (node != null && node.isArray()) {
            node.forEach(p -> {
                if (p.isString() && !p.stringValue().isBlank()) {
                    papers.add(p.stringValue().strip());
                }
            });
        }
        return papers;
    }
}

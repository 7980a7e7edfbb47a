package org.zhengwu.calendar;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhengwu.calendar.OfficialYear.Origin;
import org.zhengwu.calendar.domain.HolidayFileReader;
import org.zhengwu.calendar.domain.HolidayYear;
import org.zhengwu.calendar.domain.OfficialCalendar;
import org.zhengwu.calendar.domain.Reading;
import org.zhengwu.calendar.persistence.HolidayFile;
import org.zhengwu.calendar.persistence.YearLoads.YearLoad;

/** Builds the data in force from the shipped files and the loaded ones: a loaded year overrides a shipped one. */
final class Snapshots {

    private static final Logger log = LoggerFactory.getLogger(Snapshots.class);

    private record Entry(HolidayYear file, OfficialYear origin) {
    }

    private Snapshots() {
    }

    static CalendarSnapshot build(List<HolidayFile> shipped, List<YearLoad> loaded, HolidayFileReader reader) {
        var entries = new TreeMap<Integer, Entry>();
        for (var file : shipped) {
            var year = shipped(file, reader);
            entries.put(year.year(), new Entry(year, official(year, Origin.SHIPPED, file)));
        }
        for (var load : loaded) {
            stored(load, reader).ifPresent(year ->
                    entries.put(year.year(), new Entry(year, official(year, Origin.UPLOADED, load.file()))));
        }
        var files = new TreeMap<Integer, HolidayYear>();
        entries.forEach((year, entry) -> files.put(year, entry.file()));
        return new CalendarSnapshot(OfficialCalendar.of(files.values()), files,
                entries.values().stream().map(Entry::origin).toList());
    }

    // a shipped file is part of the build: if it does not read, the build is broken
    private static HolidayYear shipped(HolidayFile file, HolidayFileReader reader) {
        return switch (reader.read(file.content())) {
            case Reading.Read read -> read.year();
            case Reading.Rejected rejected -> throw new IllegalStateException(
                    "shipped holiday file " + file.source() + " is invalid: " + rejected);
        };
    }

    // a stored file was valid when loaded; should a stricter reader refuse it later, the shipped data stays
    private static Optional<HolidayYear> stored(YearLoad load, HolidayFileReader reader) {
        return switch (reader.read(load.file().content())) {
            case Reading.Read read -> Optional.of(read.year());
            case Reading.Rejected rejected -> {
                log.warn("stored holiday file {} (load {}) no longer reads, ignored: {}", load.file().source(),
                        load.id(), rejected);
                yield Optional.empty();
            }
        };
    }

    private static OfficialYear official(HolidayYear year, Origin origin, HolidayFile file) {
        return new OfficialYear(year.year(), origin, file.source(), file.sha256(), file.loadedBy(), file.loadedAt(),
                year.offDays(), year.makeUpDays(), year.papers());
    }
}

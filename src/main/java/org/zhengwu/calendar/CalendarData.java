package org.zhengwu.calendar;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.calendar.domain.HolidayFileReader;
import org.zhengwu.calendar.domain.HolidayYear;
import org.zhengwu.calendar.domain.ListedDay;
import org.zhengwu.calendar.domain.Reading;
import org.zhengwu.calendar.persistence.HolidayFile;
import org.zhengwu.calendar.persistence.Sha256;
import org.zhengwu.calendar.persistence.ShippedHolidayFiles;
import org.zhengwu.calendar.persistence.YearLoads;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;

/**
 * Holds the official data in force, read on first use from the shipped files and the database,
 * and loads a new year's file: validated first, then stored, rebuilt and announced in one
 * transaction, so that a refused or failed load leaves everything as it was.
 */
@Component
class CalendarData {

    static final int MAX_FILE_CHARS = 1_000_000;
    static final int HISTORY_LENGTH = 50;

    private final ShippedHolidayFiles shipped;
    private final YearLoads loads;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final Clock clock;
    private final HolidayFileReader reader = new HolidayFileReader();
    private volatile CalendarSnapshot snapshot;

    CalendarData(ShippedHolidayFiles shipped, YearLoads loads, TransactionTemplate tx,
            ApplicationEventPublisher events, CurrentActor actor, Clock clock) {
        this.shipped = shipped;
        this.loads = loads;
        this.tx = tx;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    CalendarSnapshot current() {
        var current = snapshot;
        if (current == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = build();
                }
                current = snapshot;
            }
        }
        return current;
    }

    synchronized LoadResult load(String text, String sourceName) {
        var year = readUpload(text);
        var before = current();
        var file = new HolidayFile(SourceNames.clean(sourceName, year.year()), text, Sha256.of(text),
                actor.get().username(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        var changed = new CalendarChanged(affectedYears(before.files().get(year.year()), year), file.source(),
                year.year(), file.sha256());
        try {
            tx.executeWithoutResult(status -> store(year, file, changed));
        } catch (RuntimeException e) {
            snapshot = before;
            throw e;
        }
        return new LoadResult(year.year(), year.offDays(), year.makeUpDays(), file.sha256(), changed.years());
    }

    // rebuilt before commit, so that listeners running after commit already count on the new data
    private void store(HolidayYear year, HolidayFile file, CalendarChanged changed) {
        loads.add(year.year(), file, year.offDays(), year.makeUpDays());
        snapshot = build();
        events.publishEvent(changed);
    }

    List<OfficialYear> history() {
        return loads.history(HISTORY_LENGTH).stream().map(load -> {
            var papers = reader.read(load.file().content()) instanceof Reading.Read read ? read.year().papers()
                    : List.<String>of();
            return new OfficialYear(load.year(), OfficialYear.Origin.UPLOADED, load.file().source(),
                    load.file().sha256(), load.file().loadedBy(), load.file().loadedAt(), load.offDays(),
                    load.makeUpDays(), papers);
        }).toList();
    }

    private HolidayYear readUpload(String text) {
        if (text == null || text.isBlank()) {
            throw new UserError("calendar.file.missing", "file");
        }
        if (text.length() > MAX_FILE_CHARS) {
            throw new UserError("calendar.file.too-large", "file", Integer.toString(MAX_FILE_CHARS));
        }
        return switch (reader.read(text)) {
            case Reading.Read read -> read.year();
            case Reading.Rejected rejected -> throw new UserError(rejected.messageKey(), "file",
                    rejected.arguments().toArray());
        };
    }

    private CalendarSnapshot build() {
        return Snapshots.build(shipped.all(), loads.inForce(), reader);
    }

    private static Set<Integer> affectedYears(HolidayYear replaced, HolidayYear loaded) {
        var years = new HashSet<Integer>();
        years.add(loaded.year());
        loaded.days().stream().map(ListedDay::date).forEach(d -> years.add(d.getYear()));
        if (replaced != null) {
            replaced.days().stream().map(ListedDay::date).forEach(d -> years.add(d.getYear()));
        }
        return years;
    }
}

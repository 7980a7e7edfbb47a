package org.zhengwu.supervision;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengwu.calendar.CalendarChanged;
import org.zhengwu.calendar.WorkingDayClock;
import org.zhengwu.supervision.SupervisionEvents.DueDateMoved;
import org.zhengwu.supervision.persistence.SupervisedItemStore;

/**
 * The official calendar changed (a year's holidays loaded or corrected): every open item whose
 * due date is counted from a day (an instruction's working days, a meeting's month) is counted
 * again; the items whose date moved are recorded and logged, and their watch follows.
 */
@Component
class DueDateRecompute {

    private static final Logger log = LoggerFactory.getLogger(DueDateRecompute.class);

    private final SupervisedItemStore items;
    private final ItemOpening opening;
    private final WorkingDayClock clock;
    private final ApplicationEventPublisher events;

    DueDateRecompute(SupervisedItemStore items, ItemOpening opening, WorkingDayClock clock, ApplicationEventPublisher events) {
        this.items = items;
        this.opening = opening;
        this.clock = clock;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(CalendarChanged change) {
        var moved = recompute("calendar " + change.source());
        log.info("calendar change {} moved {} supervised item(s): {}", change.source(), moved.size(), moved);
    }

    /** Counts every open item's due date again; answers the ids of those that moved. */
    List<String> recompute(String cause) {
        var moved = new ArrayList<String>();
        for (var entry : items.openWithBasis()) {
            var item = entry.getKey();
            var basis = entry.getValue();
            var due = basis.workingDays() != null ? clock.addWorkingDays(basis.from(), basis.workingDays())
                    : clock.addMonths(basis.from(), basis.months());
            if (!due.equals(item.due())) {
                items.setDue(item.id(), due);
                events.publishEvent(new DueDateMoved(item.id(), item.due(), due, cause));
                if (item.status().isWorked()) {
                    opening.watch(UnitReports.withDue(item, due));
                }
                moved.add(item.id());
            }
        }
        return moved;
    }
}

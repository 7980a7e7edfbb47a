package org.zhengwu.supervision.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zhengwu.supervision.FieldStudy;
import org.zhengwu.supervision.Item;
import org.zhengwu.supervision.Report;

/** An item's course by day: opened, the units' reports, field studies (WR-71(三)), closed. */
record ItemTimeline(List<Entry> entries) {

    /** One step: its day, its kind (a key of the bundle) and what it says. */
    record Entry(LocalDate day, String kind, String text) {
    }

    static ItemTimeline of(Item item, List<Report> reports, List<FieldStudy> studies, ZoneId zone) {
        var out = new ArrayList<Entry>();
        out.add(new Entry(item.openedOn(), "OPENED", item.title()));
        reports.forEach(r -> out.add(new Entry(LocalDate.ofInstant(r.submittedAt(), zone), "REPORT", r.text())));
        studies.forEach(s -> out.add(new Entry(s.from(), "STUDY", s.places() + "：" + s.findings())));
        if (item.closedOn() != null) {
            out.add(new Entry(item.closedOn(), "CLOSED", ""));
        }
        out.sort(Comparator.comparing(Entry::day));
        return new ItemTimeline(List.copyOf(out));
    }
}

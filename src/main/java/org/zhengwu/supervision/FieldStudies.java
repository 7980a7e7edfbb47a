package org.zhengwu.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.directory.Directory;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.supervision.SupervisionEvents.FieldStudyRecorded;
import org.zhengwu.supervision.persistence.FieldStudyStore;
import org.zhengwu.supervision.persistence.ReportStore.StoredFile;
import org.zhengwu.supervision.persistence.SupervisedItemStore;

/**
 * WR-71(三) 督查调研: for an important item the General Office records a field study (dates, the
 * units that took part, the places visited, the findings, attachments if any); the item's page
 * and the summary report (WR-71(四)) show it.
 */
@Service
public class FieldStudies {

    private static final RuleId WR_71 = RuleId.of("WR-71");

    private final SupervisedItemStore items;
    private final FieldStudyStore studies;
    private final SupervisionLedger ledger;
    private final ItemOpening opening;
    private final Directory directory;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;

    FieldStudies(SupervisedItemStore items, FieldStudyStore studies, SupervisionLedger ledger, ItemOpening opening,
            Directory directory, CurrentActor actor, ApplicationEventPublisher events) {
        this.items = items;
        this.studies = studies;
        this.ledger = ledger;
        this.opening = opening;
        this.directory = directory;
        this.actor = actor;
        this.events = events;
    }

    /** A command: record a field study held from {@code from} to {@code to}. */
    public record RecordStudy(LocalDate from, LocalDate to, List<String> units, String places, String findings) {
        public RecordStudy {
            units = units == null ? List.of() : List.copyOf(units);
        }
    }

    @Transactional
    public long record(String itemId, RecordStudy cmd, List<Upload> files) {
        var me = actor.get();
        if (!me.has(Role.OFFICE_STAFF)) {
            throw new AccessDeniedException("the General Office records field studies");
        }
        var item = items.find(itemId).orElseThrow(() -> new UserError("supervision.item-unknown", "id", itemId));
        if (!item.important()) {
            throw new UserError("supervision.study.not-important", "important", WR_71);
        }
        check(cmd, files);
        var units = units(cmd.units());
        long id = studies.insert(itemId, cmd.from(), cmd.to(), units, cmd.places().strip(), cmd.findings().strip(),
                me.username(), opening.now());
        files.forEach(f -> studies.attach(id, f.filename(), f.contentType() == null ? "application/octet-stream"
                : f.contentType(), f.content()));
        events.publishEvent(new FieldStudyRecorded(itemId, id, cmd.from(), cmd.to(),
                units.stream().map(OrgUnitId::value).toList(), files.size()));
        return id;
    }

    /** The item's field studies, the earliest first. */
    public List<FieldStudy> of(String itemId) {
        return studies.ofItem(itemId);
    }

    /** The field studies begun in the period, of the items the actor may see (the summary report). */
    public List<FieldStudy> between(LocalDate from, LocalDate to, Actor who) {
        return studies.between(from, to).stream().filter(s -> ledger.item(s.itemId(), who).isPresent()).toList();
    }

    public Optional<StoredFile> attachment(long id, Actor who) {
        return studies.file(id).filter(f -> ledger.item(f.itemId(), who).isPresent());
    }

    private void check(RecordStudy cmd, List<Upload> files) {
        if (cmd.from() == null || cmd.to() == null || cmd.to().isBefore(cmd.from()) || cmd.to().isAfter(opening.today())) {
            throw new UserError("supervision.study.dates", "from", WR_71);
        }
        if (cmd.places() == null || cmd.places().isBlank() || cmd.places().strip().length() > 2000) {
            throw new UserError("supervision.study.places-required", "places", WR_71);
        }
        if (cmd.findings() == null || cmd.findings().isBlank() || cmd.findings().strip().length() > 8000) {
            throw new UserError("supervision.study.findings-required", "findings", WR_71);
        }
        for (var f : files) {
            if (f.filename() == null || f.filename().isBlank() || f.content().length == 0) {
                throw new UserError("supervision.attachment-empty", "files", WR_71);
            }
        }
    }

    private List<OrgUnitId> units(List<String> ids) {
        var out = new ArrayList<OrgUnitId>();
        for (var id : ids) {
            var unit = id == null || id.isBlank() ? null : directory.unit(new OrgUnitId(id.strip())).orElse(null);
            if (unit == null) {
                throw new UserError("supervision.unit-unknown", "units", WR_71, id, id);
            }
            if (!out.contains(unit.id())) {
                out.add(unit.id());
            }
        }
        if (out.isEmpty()) {
            throw new UserError("supervision.study.units-required", "units", WR_71);
        }
        return out;
    }
}

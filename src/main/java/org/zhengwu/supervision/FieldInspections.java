package org.zhengwu.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.directory.Directory;
import org.zhengwu.directory.UnitKind;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.supervision.FieldInspection.Status;
import org.zhengwu.supervision.SupervisionEvents.FieldInspectionApproved;
import org.zhengwu.supervision.SupervisionEvents.FieldInspectionRequested;
import org.zhengwu.supervision.SupervisionEvents.FieldInspectionStarted;
import org.zhengwu.supervision.domain.InspectionRules;
import org.zhengwu.supervision.persistence.FieldInspectionStore;

/**
 * WR-70 实地督查: a unit (or the General Office) asks to hold a field inspection; a whole-city
 * full-coverage one is refused unless deployed by the municipal committee and government; a
 * cross-department one in a department's name, or one that sends a supervision notice to the
 * county governments, is approved by the secretary-general (as WR-71's opening is) before it starts.
 */
@Service
public class FieldInspections {

    private static final RuleId WR_70 = RuleId.of("WR-70");

    private final FieldInspectionStore store;
    private final ItemOpening opening;
    private final Directory directory;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;

    FieldInspections(FieldInspectionStore store, ItemOpening opening, Directory directory, CurrentActor actor,
            ApplicationEventPublisher events) {
        this.store = store;
        this.opening = opening;
        this.directory = directory;
        this.actor = actor;
        this.events = events;
    }

    /** A command: ask to hold a field inspection. */
    public record Request(String organiser, String title, LocalDate from, LocalDate to, List<String> scope,
            boolean crossDepartment, boolean wholeCity, boolean unifiedDeployment, boolean noticeToCounties) {
        public Request {
            scope = scope == null ? List.of() : List.copyOf(scope);
        }
    }

    @Transactional
    public String request(Request r) {
        var me = actor.get();
        if (!me.hasAny(Role.OFFICE_STAFF, Role.CLERK)) {
            throw new AccessDeniedException("units and the General Office ask for field inspections");
        }
        var organiser = unit(r.organiser(), "organiser");
        if (!me.has(Role.OFFICE_STAFF) && !organiser.id().equals(me.orgUnit())) {
            throw new UserError("supervision.inspection.organiser-own", "organiser", WR_70);
        }
        if (InspectionRules.wholeCityRefused(r.wholeCity(), r.unifiedDeployment())) {
            throw new UserError("supervision.inspection.whole-city-refused", "wholeCity", WR_70);
        }
        check(r);
        var scope = new ArrayList<OrgUnitId>();
        for (var s : r.scope()) {
            var u = unit(s, "scope").id();
            if (!scope.contains(u)) {
                scope.add(u);
            }
        }
        boolean office = organiser.kind() == UnitKind.GOVERNMENT || organiser.kind() == UnitKind.GENERAL_OFFICE;
        boolean needsApproval = InspectionRules.needsApproval(r.crossDepartment(), office, r.noticeToCounties());
        var inspection = new FieldInspection(UUID.randomUUID().toString(), organiser.id(), r.title().strip(), r.from(),
                r.to(), scope, r.crossDepartment(), r.wholeCity(), r.unifiedDeployment(), r.noticeToCounties(),
                needsApproval, Status.REQUESTED, me.username(), opening.now(), null, null, null);
        store.insert(inspection);
        events.publishEvent(new FieldInspectionRequested(inspection.id(), organiser.id().value(), inspection.title(),
                r.from(), r.to(), r.crossDepartment(), r.wholeCity(), r.unifiedDeployment(), r.noticeToCounties(),
                needsApproval));
        return inspection.id();
    }

    /** WR-70 经批准: the secretary-general approves an inspection that needs it. */
    @Transactional
    public void approve(String id, String note) {
        var me = actor.get();
        if (!me.has(Role.SECRETARY_GENERAL)) {
            throw new AccessDeniedException("the secretary-general approves field inspections");
        }
        var found = inspection(id);
        if (!found.needsApproval()) {
            throw new UserError("supervision.inspection.no-approval-needed", "status", WR_70);
        }
        var text = note == null || note.isBlank() ? null : note.strip();
        if (!store.approve(id, me.username(), text)) {
            throw new UserError("supervision.inspection.status-conflict", "status", WR_70, found.status());
        }
        events.publishEvent(new FieldInspectionApproved(id, text));
    }

    /** WR-70: the organiser (or the office) starts it; one that needs approval and lacks it cannot start. */
    @Transactional
    public void start(String id) {
        var me = actor.get();
        var found = inspection(id);
        if (!me.has(Role.OFFICE_STAFF) && !(me.has(Role.CLERK) && found.organiser().equals(me.orgUnit()))) {
            throw new AccessDeniedException("only the organiser or the General Office starts " + id);
        }
        if (found.status() == Status.STARTED) {
            throw new UserError("supervision.inspection.status-conflict", "status", WR_70, found.status());
        }
        if (!found.mayStart()) {
            throw new UserError("supervision.inspection.unapproved", "status", WR_70);
        }
        var today = opening.today();
        if (!store.start(id, found.status(), today)) {
            throw new UserError("supervision.inspection.status-conflict", "status", WR_70, found.status());
        }
        events.publishEvent(new FieldInspectionStarted(id, today));
    }

    /** The inspections the actor may see: the office and the secretaries-general all; a unit those it organises or visits. */
    public List<FieldInspection> visible(Actor who) {
        return store.all().stream().filter(i -> maySee(i, who)).toList();
    }

    public Optional<FieldInspection> find(String id, Actor who) {
        return store.find(id).filter(i -> maySee(i, who));
    }

    private static boolean maySee(FieldInspection i, Actor who) {
        if (who.hasAny(Role.OFFICE_STAFF, Role.SECRETARY_GENERAL, Role.DEPUTY_SECRETARY_GENERAL, Role.MAYOR,
                Role.VICE_MAYOR)) {
            return true;
        }
        return who.orgUnit() != null && (who.orgUnit().equals(i.organiser()) || i.scope().contains(who.orgUnit()));
    }

    private void check(Request r) {
        if (r.title() == null || r.title().isBlank() || r.title().strip().length() > 2000) {
            throw new UserError("supervision.inspection.subject-required", "title", WR_70);
        }
        if (r.scope().isEmpty()) {
            throw new UserError("supervision.inspection.scope-required", "scope", WR_70);
        }
        if (r.from() == null || r.to() == null || r.from().isBefore(opening.today()) || r.to().isBefore(r.from())) {
            throw new UserError("supervision.inspection.dates", "from", WR_70);
        }
    }

    private org.zhengwu.directory.OrgUnit unit(String id, String field) {
        return (id == null || id.isBlank() ? Optional.<org.zhengwu.directory.OrgUnit>empty()
                : directory.unit(new OrgUnitId(id.strip())))
                .orElseThrow(() -> new UserError("supervision.unit-unknown", field, WR_70, id, id));
    }

    private FieldInspection inspection(String id) {
        return store.find(id).orElseThrow(() -> new UserError("supervision.inspection.unknown", "id", id));
    }
}

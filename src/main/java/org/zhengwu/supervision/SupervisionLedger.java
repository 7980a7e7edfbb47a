package org.zhengwu.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.zhengwu.calendar.WorkingDayClock;
import org.zhengwu.directory.Directory;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.Actor;
import org.zhengwu.supervision.domain.Light;
import org.zhengwu.supervision.persistence.SupervisedItemStore;
import org.zhengwu.supervision.persistence.LedgerStore;
import org.zhengwu.supervision.persistence.ReportStore;

/**
 * Reads the ledger (WR-67) as an actor may see it: the General Office, the secretaries-general
 * see every item; a unit's clerks the items their unit carries or supervises jointly (WR-66); a
 * leader the items of their instructions and of the units in their portfolio.
 */
@Service
public class SupervisionLedger {

    private final SupervisedItemStore items;
    private final LedgerStore ledger;
    private final ReportStore reports;
    private final ItemOpening opening;
    private final WorkingDayClock clock;
    private final Directory directory;
    private final PrincipalHeads heads;

    SupervisionLedger(SupervisedItemStore items, LedgerStore ledger, ReportStore reports, ItemOpening opening,
            WorkingDayClock clock, Directory directory, PrincipalHeads heads) {
        this.heads = heads;
        this.items = items;
        this.ledger = ledger;
        this.reports = reports;
        this.opening = opening;
        this.clock = clock;
        this.directory = directory;
    }

    /** A page of the ledger, and how many items the filter matches in all. */
    public record Page(List<Item> items, int total) {
    }

    public Page search(LedgerQuery query, Actor who) {
        var q = scoped(query, who);
        var today = opening.today();
        var yellow = yellowUntil(today);
        var found = ledger.page(q, today, yellow);
        return new Page(found.items(), found.total());
    }

    /** A unit's (or the actor's whole) figures: items by status, by month, overdue and on-time. */
    public Dashboard dashboard(OrgUnitId unit, Actor who) {
        var q = scoped(new LedgerQuery(null, unit, null, null, null, null, null, null, 1, 0), who);
        var today = opening.today();
        var f = ledger.figures(q, today, yellowUntil(today));
        return new Dashboard(f.byStatus(), f.months(), f.overdue());
    }

    public Optional<Item> item(String id, Actor who) {
        return items.find(id).filter(i -> maySee(i, who));
    }

    public List<Report> reports(String itemId) {
        return reports.of(itemId);
    }

    public Optional<ReportStore.StoredFile> attachment(long id, Actor who) {
        return reports.file(id).filter(f -> item(f.itemId(), who).isPresent());
    }

    /** The items made from a gazette document's tasks (the gazette page shows them). */
    public List<Item> ofGazetteDocument(String documentId) {
        return items.ofGazetteDocument(documentId);
    }

    public Light light(Item item) {
        var today = opening.today();
        return Light.of(item.closed(), item.due(), today, yellowUntil(today));
    }

    /** WR-66: the name of who acts today for the unit's principal post, if the directory records one. */
    public Optional<String> principalHead(OrgUnitId unit) {
        return heads.of(unit, opening.today()).map(org.zhengwu.directory.Person::name);
    }

    public SupervisionSettings settings() {
        return opening.settings();
    }

    public boolean maySee(Item item, Actor who) {
        if (seesAll(who)) {
            return true;
        }
        var scope = scoped(LedgerQuery.all(), who);
        return (scope.leader() != null && scope.leader().equals(item.leaderPerson()))
                || scope.units().stream().anyMatch(u -> item.involves(u) || item.jointUnits().contains(u));
    }

    private LocalDate yellowUntil(LocalDate today) {
        return clock.addWorkingDays(today, opening.settings().yellowWithinWorkingDays());
    }

    private static boolean seesAll(Actor who) {
        return who.hasAny(Role.OFFICE_STAFF, Role.SECRETARY_GENERAL, Role.DEPUTY_SECRETARY_GENERAL);
    }

    private LedgerQuery scoped(LedgerQuery q, Actor who) {
        if (seesAll(who)) {
            return q;
        }
        var units = new ArrayList<OrgUnitId>();
        if (who.has(Role.CLERK) && who.orgUnit() != null) {
            units.add(who.orgUnit());
        }
        String leader = null;
        if (who.hasAny(Role.MAYOR, Role.VICE_MAYOR) && who.person() != null) {
            leader = who.person().value();
            for (var post : directory.postsOf(who.person(), opening.today())) {
                directory.portfolioOf(post.id()).forEach(u -> units.add(u.id()));
            }
        }
        return q.scopedTo(units, leader);
    }
}

package org.zhengwu.supervision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.directory.Directory;
import org.zhengwu.gazette.GazetteLibrary;
import org.zhengwu.gazette.PublicPlan;
import org.zhengwu.gazette.TasksPublished;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.UserError;
import org.zhengwu.supervision.SupervisionEvents.PlanImported;
import org.zhengwu.supervision.domain.PlanDeadline;
import org.zhengwu.supervision.domain.SharedSuffix;
import org.zhengwu.supervision.domain.UnitMatch;
import org.zhengwu.supervision.domain.UnitMatch.Known;
import org.zhengwu.supervision.domain.UnitMatch.Matched;
import org.zhengwu.supervision.persistence.SupervisedItemStore;
import org.zhengwu.supervision.persistence.SupervisedItemStore.DueBasis;

/**
 * WR-67, WA-task: a published plan's tasks become proposed items of the ledger. Unit names are
 * matched to the directory (unknown ones are kept, flagged for a choice), deadlines become dates;
 * each task is imported once, so a second import adds nothing and says so.
 */
@Service
public class PlanImport {

    private final GazetteLibrary gazette;
    private final Directory directory;
    private final SupervisedItemStore items;
    private final ItemOpening opening;
    private final Cycles cycles;
    private final ApplicationEventPublisher events;

    PlanImport(GazetteLibrary gazette, Directory directory, SupervisedItemStore items, ItemOpening opening, Cycles cycles,
            ApplicationEventPublisher events) {
        this.gazette = gazette;
        this.directory = directory;
        this.items = items;
        this.opening = opening;
        this.cycles = cycles;
        this.events = events;
    }

    /** The outcome: the preview, and how many items were added (0 on a dry run). */
    public record Imported(PlanPreview preview, int added, int alreadyThere, boolean dryRun) {
    }

    /** The tasks of a public document (by id or number) as they would become items. */
    public PlanPreview preview(String documentOrNumber, Map<String, String> choices) {
        var plan = gazette.publicPlan(documentOrNumber)
                .orElseThrow(() -> new UserError("supervision.plan.not-found", "document", RuleId.of("WR-67"),
                        documentOrNumber));
        if (plan.tasks().isEmpty()) {
            throw new UserError("supervision.plan.no-tasks", "document", RuleId.of("WA-task"), documentOrNumber);
        }
        var match = matcher();
        var unresolved = new LinkedHashSet<String>();
        var tasks = new ArrayList<PlanPreview.Task>();
        int year = planYear(plan);
        for (var t : plan.tasks()) {
            var lead = chosen(match.match(t.leadUnits()), choices, unresolved);
            var resp = chosen(match.match(t.responsibleUnits()), choices, unresolved);
            tasks.add(task(plan, t, lead, resp, year, unresolved));
        }
        return new PlanPreview(plan.documentId(), plan.docNumber(), plan.title(), year, tasks, List.copyOf(unresolved));
    }

    /** Imports (unless {@code dryRun}) the tasks not imported before; names chosen in {@code choices}. */
    @Transactional
    public Imported importPlan(String documentOrNumber, Map<String, String> choices, boolean dryRun) {
        var preview = preview(documentOrNumber, choices);
        var fresh = preview.items().stream().filter(t -> !t.alreadyThere()).toList();
        int already = preview.items().size() - fresh.size();
        if (dryRun) {
            return new Imported(preview, 0, already, true);
        }
        for (var t : fresh) {
            opening.open(item(preview, t), DueBasis.NONE);
        }
        events.publishEvent(new PlanImported(preview.documentId(), preview.docNumber(), fresh.size(), already,
                preview.unresolved().size()));
        return new Imported(preview, fresh.size(), already, false);
    }

    private PlanPreview.Task task(PublicPlan plan, TasksPublished.Task t, List<Matched> lead, List<Matched> resp,
            int year, LinkedHashSet<String> unresolved) {
        var deadline = PlanDeadline.of(t.deadline(), t.deadlineText(), year);
        var already = items.exists(Source.PLAN, plan.documentId() + "#" + t.eId());
        return switch (deadline) {
            case PlanDeadline.On on -> new PlanPreview.Task(t.text(), t.eId(), lead, resp, on.day(), t.deadlineText(),
                    Cycle.NONE, already);
            case PlanDeadline.Ongoing o -> ongoing(t, lead, resp, already);
            case PlanDeadline.Unreadable u -> {
                unresolved.add(t.eId() + ": " + u.text());
                yield ongoing(t, lead, resp, already);
            }
        };
    }

    private PlanPreview.Task ongoing(TasksPublished.Task t, List<Matched> lead, List<Matched> resp, boolean already) {
        var cycle = Cycle.valueOf(opening.settings().defaultCycle());
        return new PlanPreview.Task(t.text(), t.eId(), lead, resp, cycles.dueOf(cycle, opening.today()),
                t.deadlineText(), cycle, already);
    }

    private Item item(PlanPreview plan, PlanPreview.Task t) {
        var units = new ArrayList<ItemUnit>();
        add(units, ItemUnit.Role.LEAD, t.leadUnits());
        add(units, ItemUnit.Role.RESPONSIBLE, t.responsibleUnits());
        return new Item(UUID.randomUUID().toString(), Source.PLAN, plan.documentId() + "#" + t.eId(), "KEY_DOCUMENT",
                t.title(), null, plan.documentId(), t.eId(), plan.docNumber(), ItemStatus.PROPOSED, t.due(),
                t.dueText(), t.cycle(), 0, null, null, opening.today(), null, null, null, units);
    }

    private static void add(List<ItemUnit> out, ItemUnit.Role role, List<Matched> units) {
        for (int k = 0; k < units.size(); k++) {
            var m = units.get(k);
            out.add(new ItemUnit(role, k, m.name(), m.orgUnit() == null ? null : new OrgUnitId(m.orgUnit()),
                    m.collective(), null));
        }
    }

    private List<Matched> chosen(List<Matched> matched, Map<String, String> choices, LinkedHashSet<String> unresolved) {
        var out = new ArrayList<Matched>();
        for (var m : matched) {
            var choice = m.resolved() ? null : choices.get(m.name());
            if (choice != null && !choice.isBlank()) {
                var unit = directory.unit(new OrgUnitId(choice.strip())).orElseThrow(() -> new UserError(
                        "supervision.unit-unknown", "unit", RuleId.of("WA-task"), m.name(), choice));
                out.add(new Matched(m.name(), unit.id().value(), null));
            } else {
                if (!m.resolved()) {
                    unresolved.add(m.name());
                }
                out.add(m);
            }
        }
        return out;
    }

    private UnitMatch matcher() {
        var settings = opening.settings();
        return new UnitMatch(
                name -> directory.findUnit(name).map(u -> new Known(u.id().value(), u.shortName())),
                name -> settings.collective(name).map(c -> directory.units().stream()
                        .filter(u -> c.kinds().contains(u.kind().name())).map(u -> new Known(u.id().value(), u.shortName()))
                        .toList()),
                settings.unitPrefix(), new SharedSuffix(settings.sharedSuffixes(), settings.placeEndings()));
    }

    private static int planYear(PublicPlan plan) {
        return Optional.ofNullable(plan.signedDate()).map(java.time.LocalDate::getYear)
                .orElseGet(() -> yearOf(plan.docNumber()));
    }

    private static int yearOf(String docNumber) {
        var m = java.util.regex.Pattern.compile("〔(\\d{4})〕").matcher(docNumber == null ? "" : docNumber);
        if (!m.find()) {
            throw new UserError("supervision.plan.no-year", "document", RuleId.of("WA-task"), docNumber);
        }
        return Integer.parseInt(m.group(1));
    }
}

package org.zhengwu.gazette;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zhengwu.gazette.domain.model.Appointment;
import org.zhengwu.gazette.domain.model.ChronicleEntry;
import org.zhengwu.gazette.domain.model.PlanItem;
import org.zhengwu.gazette.domain.model.Task;
import org.zhengwu.gazette.persistence.AmendmentStore;
import org.zhengwu.gazette.persistence.ItemStore;

/**
 * Announces a document that became public to the modules that act on it: the document itself
 * (for search) and what was extracted from it: tasks (supervision), appointments (directory),
 * chronicle entries (chronicle) and plan items (legislation).
 */
@Component
class Announcements {

    private final ItemStore extracted;
    private final AmendmentStore amendments;
    private final ApplicationEventPublisher events;

    Announcements(ItemStore extracted, AmendmentStore amendments, ApplicationEventPublisher events) {
        this.extracted = extracted;
        this.amendments = amendments;
        this.events = events;
    }

    void publicDocument(GazetteDocument d, LocalDate on) {
        var issue = d.issue();
        events.publishEvent(new GazetteDocumentPublished(d.id(), d.docNumber(), d.title(), d.issuer(), d.kind(),
                d.issuedKind(), d.signedDate(), on, d.disclosure(), Validities.of(d, amendments.of(d.id()), on),
                issue.year(), issue.number()));
        // what the parser extracted, read without the text: the announcements carry only the items
        tasks(d, extracted.tasksOf(d.id()));
        appointments(d, extracted.appointmentsOf(d.id()));
        chronicle(d, extracted.chronicleOf(d.id()));
        planItems(d, extracted.planItemsOf(d.id()));
    }

    private void tasks(GazetteDocument d, List<Task> tasks) {
        var items = tasks.stream().map(t -> new TasksPublished.Task(t.eId(), t.text(), t.leadUnits(),
                t.responsibleUnits(), t.deadline(), t.deadlineText())).toList();
        publishInParts(items, t -> EventParts.length(t.eId(), t.text(), t.leadUnits(), t.responsibleUnits(),
                t.deadline(), t.deadlineText()), (part, parts, list) -> new TasksPublished(d.id(), d.docNumber(),
                d.title(), d.issuer(), d.signedDate(), part, parts, list));
    }

    private void appointments(GazetteDocument d, List<Appointment> appointments) {
        var items = appointments.stream().map(a -> new AppointmentsPublished.Entry(
                AppointmentsPublished.Action.valueOf(a.action().name()), a.person(), a.post(), a.qualifiers())).toList();
        publishInParts(items, a -> EventParts.length(a.action(), a.person(), a.post(), a.qualifiers()),
                (part, parts, list) -> new AppointmentsPublished(d.id(), d.docNumber(), d.signedDate(), part, parts, list));
    }

    private void chronicle(GazetteDocument d, List<ChronicleEntry> entries) {
        var items = entries.stream().map(c -> new ChronicleEntriesPublished.Entry(c.date(), c.text())).toList();
        publishInParts(items, c -> EventParts.length(c.date(), c.text()),
                (part, parts, list) -> new ChronicleEntriesPublished(d.id(), d.title(), part, parts, list));
    }

    private void planItems(GazetteDocument d, List<PlanItem> planItems) {
        var items = planItems.stream().map(p -> new PlanItemsPublished.Item(p.category().name(), p.title(),
                p.draftingDepartment(), p.stage(), p.plan())).toList();
        publishInParts(items, p -> EventParts.length(p.category(), p.title(), p.draftingDepartment(), p.stage(),
                p.plan()), (part, parts, list) -> new PlanItemsPublished(d.id(), d.docNumber(), part, parts, list));
    }

    private <T> void publishInParts(List<T> items, java.util.function.ToIntFunction<T> size, Part<T> event) {
        var parts = EventParts.split(items, size);
        for (int k = 0; k < parts.size(); k++) {
            events.publishEvent(event.of(k + 1, parts.size(), parts.get(k)));
        }
    }

    @FunctionalInterface
    private interface Part<T> {
        Object of(int part, int parts, List<T> items);
    }
}

package org.zhengwu.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.TodoItem;
import org.zhengwu.platform.TodoSource;
import org.zhengwu.supervision.domain.Light;

/**
 * 我的待办 from the ledger: the deputy's reviews and the secretary-general's approvals (WR-71),
 * a unit's items to report on, the office's reports to verify and look-backs due (WR-68), the
 * field inspections waiting for the secretary-general's approval (WR-70).
 */
@Component
class SupervisionTodos implements TodoSource {

    private final SupervisionLedger ledger;
    private final ItemOpening opening;
    private final MessageSource messages;
    private final FieldInspections inspections;

    SupervisionTodos(SupervisionLedger ledger, ItemOpening opening, MessageSource messages, FieldInspections inspections) {
        this.inspections = inspections;
        this.ledger = ledger;
        this.opening = opening;
        this.messages = messages;
    }

    @Override
    public List<TodoItem> itemsFor(Actor actor) {
        var out = new ArrayList<TodoItem>();
        if (actor.has(Role.DEPUTY_SECRETARY_GENERAL)) {
            add(out, actor, ItemStatus.PROPOSED, "supervision.todo.review");
            add(out, actor, ItemStatus.VERIFIED, "supervision.todo.close");
        }
        if (actor.has(Role.SECRETARY_GENERAL)) {
            add(out, actor, ItemStatus.REVIEWED, "supervision.todo.approve");
            add(out, actor, ItemStatus.VERIFIED, "supervision.todo.close");
            inspectionsToApprove(out, actor);
        }
        if (actor.has(Role.OFFICE_STAFF)) {
            add(out, actor, ItemStatus.REPORTED, "supervision.todo.verify");
            lookBacks(out, actor);
        }
        if (actor.has(Role.CLERK) && actor.orgUnit() != null) {
            add(out, actor, ItemStatus.OPEN, "supervision.todo.report");
            add(out, actor, ItemStatus.IN_PROGRESS, "supervision.todo.report");
        }
        return out;
    }

    private void add(List<TodoItem> out, Actor actor, ItemStatus status, String kind) {
        var q = new LedgerQuery(null, null, status, null, null, null, null, null, 50, 0);
        for (var item : ledger.search(q, actor).items()) {
            out.add(todo(kind, item, item.due(), ledger.light(item)));
        }
    }

    /** WR-70: field inspections waiting for the secretary-general's approval. */
    private void inspectionsToApprove(List<TodoItem> out, Actor actor) {
        inspections.visible(actor).stream()
                .filter(i -> i.needsApproval() && i.status() == FieldInspection.Status.REQUESTED)
                .forEach(i -> out.add(new TodoItem("supervision.todo.inspection-approve",
                        messages.getMessage("supervision.todo.inspection-approve", new Object[] {abbreviate(i.title())},
                                Locale.SIMPLIFIED_CHINESE),
                        "/supervision/inspections/" + i.id(), i.from(), "info", i.requestedAt())));
    }

    private void lookBacks(List<TodoItem> out, Actor actor) {
        var q = new LedgerQuery(null, null, ItemStatus.CLOSED, null, null, null, null, null, 200, 0);
        var today = opening.today();
        ledger.search(q, actor).items().stream()
                .filter(i -> i.lookBackResult() == null && i.lookBackDue() != null && !i.lookBackDue().isAfter(today))
                .forEach(i -> out.add(todo("supervision.todo.look-back", i, i.lookBackDue(), Light.YELLOW)));
    }

    private TodoItem todo(String kind, Item item, java.time.LocalDate due, Light light) {
        var severity = switch (light) {
            case RED -> "red";
            case YELLOW -> "yellow";
            default -> "info";
        };
        return new TodoItem(kind, messages.getMessage(kind, new Object[] {abbreviate(item.title())}, Locale.SIMPLIFIED_CHINESE),
                "/supervision/items/" + item.id(), due, severity, null);
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}

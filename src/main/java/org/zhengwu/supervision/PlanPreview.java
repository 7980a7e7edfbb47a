package org.zhengwu.supervision;

import java.time.LocalDate;
import java.util.List;
import org.zhengwu.supervision.domain.UnitMatch.Matched;

/**
 * A plan's tasks as they would become items (WR-67, WA-task): units matched to the directory,
 * deadlines as dates, and every name or deadline that needs a person's choice.
 *
 * @param unresolved unit names that matched no unit, and deadlines that could not be read
 */
public record PlanPreview(String documentId, String docNumber, String title, int planYear, List<Task> items,
        List<String> unresolved) {

    public PlanPreview {
        items = List.copyOf(items);
        unresolved = List.copyOf(unresolved);
    }

    /**
     * One task.
     *
     * @param due          the due date, null for ongoing work reported on {@code cycle}
     * @param alreadyThere an item was made from this task before
     */
    public record Task(String title, String eId, List<Matched> leadUnits, List<Matched> responsibleUnits,
            LocalDate due, String dueText, Cycle cycle, boolean alreadyThere) {

        public Task {
            leadUnits = List.copyOf(leadUnits);
            responsibleUnits = List.copyOf(responsibleUnits);
        }
    }

    public long newItems() {
        return items.stream().filter(t -> !t.alreadyThere()).count();
    }
}

package org.zhengwu.gazette.domain.parse;

import java.util.List;
import java.util.Optional;
import org.zhengwu.gazette.domain.model.Task;
import org.zhengwu.gazette.domain.model.Unit;
import org.zhengwu.gazette.domain.text.Deadline;

/**
 * The tasks of a document (WA-task): every unit whose text ends with a note naming the units
 * that carry it, with the deadline the text gives ({@code 2022年底前}); a deadline without a
 * year takes the document's year.
 */
final class TaskExtractor {

    private TaskExtractor() {
    }

    static List<Task> tasks(List<Unit> units, int year) {
        return units.stream().flatMap(Unit::selfAndDescendants)
                .map(u -> task(u, year))
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<Task> task(Unit unit, int year) {
        return UnitAnnotation.of(unit.text()).map(a -> {
            var deadline = Deadline.find(a.taskText(), year);
            return new Task(a.taskText(), a.lead(), a.responsible(),
                    deadline.map(Deadline::date).orElse(null), deadline.map(Deadline::text).orElse(null), unit.eId());
        });
    }
}

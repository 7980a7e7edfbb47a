package org.zhengwu.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.SubjectRef;

/**
 * A supervised item (督办事项) of the ledger.
 *
 * @param sourceRef       what it came from: the instruction id, {@code documentId#eId}, the decision id
 * @param gazetteDocument the gazette document of a plan task, null otherwise
 * @param eId             the clause of that document the task is
 * @param due             the due date on the working-day clock; for a cycle item, the end of the current cycle
 * @param leaderPerson    the leader the written result goes back to (WR-73), null when none
 */
public record Item(String id, Source source, String sourceRef, String category, String title, String detail,
        String gazetteDocument, String eId, String docNumber, ItemStatus status, LocalDate due, String dueText,
        Cycle cycle, int startStep, String leaderPerson, String leaderName, LocalDate openedOn, LocalDate closedOn,
        LocalDate lookBackDue, String lookBackResult, List<ItemUnit> units) {

    public Item {
        units = List.copyOf(units);
    }

    public SubjectRef subject() {
        return SubjectRef.of("supervision-item", id);
    }

    public List<ItemUnit> leads() {
        return units.stream().filter(u -> u.role() == ItemUnit.Role.LEAD).toList();
    }

    public List<ItemUnit> responsibles() {
        return units.stream().filter(u -> u.role() == ItemUnit.Role.RESPONSIBLE).toList();
    }

    public boolean involves(OrgUnitId unit) {
        return unit != null && units.stream().anyMatch(u -> unit.equals(u.orgUnit()));
    }

    public boolean isLead(OrgUnitId unit) {
        return unit != null && leads().stream().anyMatch(u -> unit.equals(u.orgUnit()));
    }

    public boolean hasUnresolvedUnits() {
        return units.stream().anyMatch(u -> !u.resolved());
    }

    public Optional<ItemUnit> unit(ItemUnit.Role role, int position) {
        return units.stream().filter(u -> u.role() == role && u.position() == position).findFirst();
    }

    public boolean closed() {
        return status == ItemStatus.CLOSED;
    }
}

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
 * @param majorDecision   a major decision (重大决策事项), supervised jointly with {@code jointUnits} (WR-66)
 * @param important       an important item (重要督查事项) the office studies in the field (WR-71(三))
 */
public record Item(String id, Source source, String sourceRef, String category, String title, String detail,
        String gazetteDocument, String eId, String docNumber, ItemStatus status, LocalDate due, String dueText,
        Cycle cycle, int startStep, String leaderPerson, String leaderName, LocalDate openedOn, LocalDate closedOn,
        LocalDate lookBackDue, String lookBackResult, List<ItemUnit> units, boolean majorDecision, boolean important,
        List<OrgUnitId> jointUnits) {

    public Item {
        units = List.copyOf(units);
        jointUnits = List.copyOf(jointUnits);
    }

    /** An item that is neither a major decision nor marked important, without joint units. */
    public Item(String id, Source source, String sourceRef, String category, String title, String detail,
            String gazetteDocument, String eId, String docNumber, ItemStatus status, LocalDate due, String dueText,
            Cycle cycle, int startStep, String leaderPerson, String leaderName, LocalDate openedOn, LocalDate closedOn,
            LocalDate lookBackDue, String lookBackResult, List<ItemUnit> units) {
        this(id, source, sourceRef, category, title, detail, gazetteDocument, eId, docNumber, status, due, dueText, cycle,
                startStep, leaderPerson, leaderName, openedOn, closedOn, lookBackDue, lookBackResult, units, false, false,
                List.of());
    }

    /** WR-66: the handling units of a major decision or a leader's instruction name their principal head. */
    public boolean needsPrincipalHead() {
        return majorDecision || source == Source.INSTRUCTION;
    }

    /** The same item with other units (the store reads them apart). */
    public Item withUnits(List<ItemUnit> others, List<OrgUnitId> joint) {
        return new Item(id, source, sourceRef, category, title, detail, gazetteDocument, eId, docNumber, status, due,
                dueText, cycle, startStep, leaderPerson, leaderName, openedOn, closedOn, lookBackDue, lookBackResult,
                others, majorDecision, important, joint);
    }

    /** The same item due on another day. */
    public Item withDue(LocalDate day) {
        return new Item(id, source, sourceRef, category, title, detail, gazetteDocument, eId, docNumber, status, day,
                dueText, cycle, startStep, leaderPerson, leaderName, openedOn, closedOn, lookBackDue, lookBackResult,
                units, majorDecision, important, jointUnits);
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

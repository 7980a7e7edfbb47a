package org.zhengwu.supervision;

import org.zhengwu.kernel.OrgUnitId;

/**
 * A unit that carries an item: the lead unit (牵头单位, 主办) or a responsible unit (责任单位, 协办).
 *
 * @param name              as written (or the member's name when expanded from a collective)
 * @param orgUnit           the directory unit, null while unresolved
 * @param collective        the collective name it was expanded from, null otherwise
 * @param responsiblePerson the person the unit named as responsible (WR-71), null until named
 */
public record ItemUnit(Role role, int position, String name, OrgUnitId orgUnit, String collective,
        String responsiblePerson) {

    public enum Role { LEAD, RESPONSIBLE }

    public boolean resolved() {
        return orgUnit != null;
    }
}

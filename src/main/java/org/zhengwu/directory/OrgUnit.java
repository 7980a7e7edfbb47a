package org.zhengwu.directory;

import java.util.List;
import org.zhengwu.kernel.OrgUnitId;

/**
 * An organisational unit.
 *
 * @param name      the official full name, e.g. 聊城市住房和城乡建设局
 * @param shortName the form shown in lists, e.g. 市住房城乡建设局
 * @param parent    the supervising unit; {@code null} for a root
 * @param rank      the order among its siblings
 * @param aliases   the short forms the gazette uses for it
 */
public record OrgUnit(OrgUnitId id, String name, String shortName, UnitKind kind, OrgUnitId parent, int rank,
        List<String> aliases) {

    public OrgUnit {
        aliases = List.copyOf(aliases);
    }

    /** The same unit with the given aliases. */
    public OrgUnit withAliases(List<String> others) {
        return new OrgUnit(id, name, shortName, kind, parent, rank, others);
    }
}

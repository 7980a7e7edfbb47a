package org.zhengwu.directory;

import java.util.List;

/** A unit with the units it supervises, in rank order. */
public record UnitTree(OrgUnit unit, List<UnitTree> children) {

    public UnitTree {
        children = List.copyOf(children);
    }
}

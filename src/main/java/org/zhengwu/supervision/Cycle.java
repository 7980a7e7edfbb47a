package org.zhengwu.supervision;

/** How often an item without a single deadline reports (WR-71 检查催办). */
public enum Cycle {
    NONE, MONTHLY, QUARTERLY;

    static boolean known(String name) {
        return MONTHLY.name().equals(name) || QUARTERLY.name().equals(name);
    }
}

package org.zhengwu.supervision;

import org.zhengwu.kernel.RuleId;

/** Where an item comes from, and the rule that makes it a supervised item. */
public enum Source {
    /** A leader's instruction forwarded by the documents desk (WR-73; WR-72 for party leaders). */
    INSTRUCTION("WR-73"),
    /** A task of a plan published in the gazette (WA-task, WR-67). */
    PLAN("WR-67"),
    /** A decision of a government meeting (WR-71, WR-47e). */
    MEETING("WR-71"),
    /** Entered by the General Office under a focus category of the annual plan (WR-67). */
    MANUAL("WR-67");

    private final String rule;

    Source(String rule) {
        this.rule = rule;
    }

    public RuleId rule() {
        return RuleId.of(rule);
    }
}

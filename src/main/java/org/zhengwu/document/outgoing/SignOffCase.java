package org.zhengwu.document.outgoing;

/**
 * The inputs of the WR-59 table for one draft.
 *
 * @param portfolioCount  how many leaders' portfolios (分管) the lead and concerned departments fall in
 * @param disputedOrBroad 涉及面广或有意见分歧: flagged by the drafter, or a department disagreed
 * @param escalated       the secretary-general referred a General Office document up (WR-59.7)
 */
public record SignOffCase(Issuer issuer, Category category, int portfolioCount, boolean disputedOrBroad,
        boolean escalated) {
}

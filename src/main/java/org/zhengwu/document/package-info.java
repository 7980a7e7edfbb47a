/**
 * The official documents desk (公文): incoming requests and reports with their intake checks and
 * returns (退文, WR-55, WR-56), registration and reply clocks (WR-57), leaders' decisions and
 * instructions (WR-55c, WR-72, WR-73), outgoing drafting, review, sign-off authority, numbering
 * and release (WR-33, WR-36, WR-58, WR-59, WR-60, WR-62).
 *
 * <p>Publishes {@link org.zhengwu.document.InstructionIssued} for the supervision ledger.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Documents desk",
        allowedDependencies = {"kernel", "platform", "platform :: cli", "rulepack", "calendar", "escalation",
                "directory", "gazette", "audit"})
package org.zhengwu.document;

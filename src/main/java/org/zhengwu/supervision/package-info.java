/**
 * The supervision ledger (督查台账, 工作规则 第十一章: WR-66 to WR-71, WR-73): items from leaders'
 * instructions ({@code InstructionIssued}, no manual step), from the tasks of plans published in
 * the gazette (WR-67, WA-task: {@link org.zhengwu.supervision.PlanImport}), from meeting decisions
 * ({@link org.zhengwu.supervision.MeetingDecisionTaken}, the contract a meetings module publishes)
 * and entered by the office; WR-71's opening procedure; units' reports, consolidation, closing
 * with its look-back (WR-68); every open item watched on the WR-69 ladder of the escalation
 * engine; due dates counted again when the calendar changes. Major decisions are supervised
 * jointly and carried by the units' principal heads, as leaders' instructions are (WR-66);
 * important items are studied in the field (WR-71(三)); field inspections are held within WR-70.
 *
 * <p>Facades: {@link org.zhengwu.supervision.SupervisionLedger} (reads),
 * {@link org.zhengwu.supervision.ItemDesk}, {@link org.zhengwu.supervision.UnitReports},
 * {@link org.zhengwu.supervision.PlanImport}, {@link org.zhengwu.supervision.FieldStudies},
 * {@link org.zhengwu.supervision.FieldInspections}. Publishes the audited
 * {@link org.zhengwu.supervision.SupervisionEvents}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Supervision ledger",
        allowedDependencies = {"kernel", "platform", "platform :: cli", "rulepack", "calendar", "escalation",
                "directory", "gazette", "document"})
package org.zhengwu.supervision;

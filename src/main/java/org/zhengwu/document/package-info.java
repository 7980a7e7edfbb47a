/**
 * The official documents desk (公文): incoming requests and reports with their intake checks and
 * returns (退文, WR-55, WR-56), registration and reply clocks (WR-57), leaders' decisions and
 * instructions (WR-55c, WR-72, WR-73), outgoing drafting, review, sign-off authority, numbering
 * and release (WR-33, WR-36, WR-58, WR-59, WR-60, WR-62).
 *
 * <p>Incoming (收文): {@link org.zhengwu.document.DocumentIntake} runs the intake checks (one
 * function per clause, {@code domain.IntakeChecks}) on the form, the API and
 * {@code ./zhengwu document check}, stores every submission and returns (退文) with every reason;
 * {@link org.zhengwu.document.DocumentRegistry} registers with a yearly serial and starts the
 * WR-57 clock on the {@code reply-overdue} ladder; {@link org.zhengwu.document.DocumentHandling}
 * routes by portfolio and {@code whoActsFor}, forwards, and records WR-55c decisions;
 * {@link org.zhengwu.document.LeaderInstructions} records instructions; {@link
 * org.zhengwu.document.DocumentLibrary} reads under the visibility rules;
 * {@link org.zhengwu.document.ReturnStatistics} counts returns per unit for the WR-56.5 通报.
 *
 * <p>Outgoing (发文, sub-package {@code outgoing}): drafts, co-signatures, the WR-58 review chain,
 * the WR-59 sign-off table, gap-free numbers per prefix and year, release as a GB/T 9704 PDF;
 * publishes {@link org.zhengwu.document.OutgoingDocumentReleased} and, for a PROACTIVE
 * unclassified document, {@link org.zhengwu.gazette.OutgoingDocumentQueuedForGazette} (the gazette's contract) (WR-62).
 *
 * <p>Publishes {@link org.zhengwu.document.InstructionIssued} for the supervision ledger, and,
 * audited, {@code DocumentSubmitted}, {@code DocumentStepRecorded}, {@code ClassifiedDocumentRead}.
 * Listens to {@code CalendarChanged} (open clocks counted again). Answers {@code subject:handler}
 * of a document for the escalation ladders.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Documents desk",
        allowedDependencies = {"kernel", "platform", "platform :: cli", "rulepack", "calendar", "escalation",
                "directory", "gazette", "gazette :: parse", "gazette :: source", "gazette :: model", "audit"})
package org.zhengwu.document;

/**
 * One ladder engine for every overdue or repeated thing (WR-69 and the rules each ladder
 * names). A module asks the engine to watch a subject's due date, or reports each period's
 * occurrence for a subject; the ladders of the rule pack say which step fires when, with which
 * action and to whom. Steps fire from durable timers (rows swept by db-scheduler), fire once,
 * are recorded with time and cause, and can be acknowledged.
 *
 * <p>Facade: {@link org.zhengwu.escalation.Escalations}. Publishes
 * {@link org.zhengwu.escalation.EscalationStepReached} (and the audited
 * {@code EscalationWatchStarted}, {@code EscalationWatchClosed}, {@code EscalationStepAcknowledged}).
 * Listens to {@code CalendarChanged} to move pending steps.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Escalation",
        allowedDependencies = {"kernel", "platform", "rulepack", "calendar", "directory"})
package org.zhengwu.escalation;

/**
 * The audit trail: every state change of every module, append-only, each record carrying
 * the SHA-256 of the record before it, so that any later change to a stored record breaks
 * the chain at that record. Records are inserted in the transaction of the change they
 * describe, from every published {@link org.zhengwu.kernel.Audited} event, and chained into
 * the hash chain by one sealer right after that transaction commits (ADR 0004).
 *
 * <p>Facade: {@link org.zhengwu.audit.AuditTrail}. Read by AUDITOR only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = {"kernel", "platform", "platform :: cli"})
package org.zhengwu.audit;

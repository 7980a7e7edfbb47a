/**
 * The audit trail: every state change of every module, append-only, each record carrying
 * the SHA-256 of the record before it, so that any later change to a stored record breaks
 * the chain at that record. Records are appended in the transaction of the change they
 * describe, from every published {@link org.zhengwu.kernel.Audited} event.
 *
 * <p>Facade: {@link org.zhengwu.audit.AuditTrail}. Read by AUDITOR only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = {"kernel", "platform", "platform :: cli"})
package org.zhengwu.audit;

package org.zhengwu.audit;

import java.time.Instant;
import java.util.List;

/** One stored record of the audit trail. */
public record AuditRecord(
        long seq,
        Instant occurredAt,
        String actor,
        String actorRoles,
        String action,
        String subjectType,
        String subjectId,
        List<String> ruleIds,
        String summary,
        String prevHash,
        String hash) {
}

package org.zhengwu.audit;

import java.time.Instant;
import java.util.List;

/**
 * One stored record of the audit trail. {@code id} orders records as they were written;
 * {@code seq}, {@code prevHash} and {@code hash} are null until the sealer has chained the
 * record (normally milliseconds after its transaction committed).
 */
public record AuditRecord(
        long id,
        Long seq,
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

    public boolean sealed() {
        return seq != null;
    }

    /** This record chained at {@code seq} after the record whose hash is {@code prev}. */
    AuditRecord sealedAs(long seq, String prev) {
        var hash = ChainHash.of(seq, occurredAt, actor, actorRoles, action, subjectType, subjectId, ruleIds, summary,
                prev);
        return new AuditRecord(id, seq, occurredAt, actor, actorRoles, action, subjectType, subjectId, ruleIds, summary,
                prev, hash);
    }
}

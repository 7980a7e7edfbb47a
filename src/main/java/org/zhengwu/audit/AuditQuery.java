package org.zhengwu.audit;

/**
 * A filter over the audit trail, newest first (sealed or not); {@code beforeId} pages
 * backwards.
 */
public record AuditQuery(String actor, String action, String subjectType, String subjectId, Long beforeId, int limit) {

    public AuditQuery {
        limit = limit <= 0 || limit > 500 ? 50 : limit;
    }
}

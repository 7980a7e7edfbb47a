package org.zhengwu.audit;

import java.time.Instant;
import java.util.List;

/** What is recorded of an event when it is published (who, when, what), before it is stored. */
record AuditEntry(Instant at, String actor, String roles, String action, String subjectType, String subjectId,
        List<String> rules, String summary) {
}

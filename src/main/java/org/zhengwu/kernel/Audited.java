package org.zhengwu.kernel;

import java.util.List;

/**
 * An event that records a state change. The audit module appends one record to the
 * hash-chained trail for every published event of this type, in the publisher's transaction.
 */
public interface Audited {

    /** What happened, as a stable machine name such as {@code calendar.year-loaded}. */
    String action();

    /** What it happened to. */
    SubjectRef subject();

    /** The rules this change carried out; empty when none. */
    default List<RuleId> rules() {
        return List.of();
    }

    /** A one-line description for the audit trail (English, for auditors and logs). */
    String summary();
}

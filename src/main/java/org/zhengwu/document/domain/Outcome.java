package org.zhengwu.document.domain;

import java.util.List;

/** What the intake checks add up to. */
public enum Outcome {
    ACCEPTED,
    RETURNED,
    REVIEW;

    /** Any hard finding returns the document; else any judgement holds it for review. */
    public static Outcome of(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.RETURN)) {
            return RETURNED;
        }
        return findings.isEmpty() ? ACCEPTED : REVIEW;
    }
}

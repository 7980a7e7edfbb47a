package org.zhengwu.document.domain;

/** How a finding weighs: a return (退文) on its own, or a question for the General Office to judge. */
public enum Severity {
    /** A hard finding: the document is returned (WR-56.5). */
    RETURN,
    /** A finding that needs judgement: OFFICE_STAFF confirm it with a reason. */
    REVIEW
}

package org.zhengwu.gazette;

/** Where an issue stands: a draft may change and be re-imported; a published issue is immutable. */
public enum IssueStatus {
    DRAFT,
    PUBLISHED
}

package org.zhengwu.gazette;

/** What a new version (or an erratum) changed against the content before it. */
public enum DifferenceKind {
    /** The issue's own data: serial number or catalogue. */
    ISSUE_CHANGED,
    DOCUMENT_ADDED,
    DOCUMENT_REMOVED,
    /** The document's data (number, title, dates, addressees, extracted items) changed. */
    DOCUMENT_CHANGED,
    UNIT_ADDED,
    UNIT_REMOVED,
    UNIT_CHANGED
}

package org.zhengwu.gazette;

/** The steps of an import, as a progress display shows them. */
public enum ImportStep {
    /** Reading the file and parsing it. */
    PARSE,
    /** Storing the documents, one by one. */
    STORE
}

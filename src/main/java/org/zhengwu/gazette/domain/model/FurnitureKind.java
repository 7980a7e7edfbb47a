package org.zhengwu.gazette.domain.model;

/** Why a line is page furniture rather than text of a document. */
public enum FurnitureKind {
    /** Cover, masthead and catalogue heading lines before the first document. */
    FRONT_MATTER,
    /** A page number or running header repeated on a page. */
    PAGE_MARK,
    /** A separator line such as {@code ~~~~~} or {@code ---}. */
    SEPARATOR,
    /** A continuation mark: （下转第16页）, （上接第13页）. */
    CONTINUATION_MARK
}

package org.zhengwu.gazette.domain.model;

/**
 * A source line that is not part of any document: cover, masthead, catalogue heading, page
 * numbers, separators, continuation marks (（下转第16页）).
 */
public record Furniture(FurnitureKind kind, String text, int line) {
}

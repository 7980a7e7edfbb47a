package org.zhengwu.gazette.domain.model;

/**
 * Something the parser could not place or found inconsistent.
 *
 * @param code    a stable key, e.g. {@code gazette.warning.article-gap}
 * @param message the Chinese message for people
 * @param line    the source line it concerns (1-based), 0 when it concerns the whole text
 */
public record ParseWarning(String code, String message, int line) {
}

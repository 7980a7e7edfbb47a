package org.zhengwu.calendar.domain;

/**
 * The user-facing texts of the calendar, by message key of {@code i18n/calendar}. Spring's
 * message source in the application; a plain resource bundle in unit tests. Arguments are
 * passed as text, so that no number format ever writes a year as "2,022".
 */
@FunctionalInterface
public interface Texts {

    String get(String key, String... arguments);
}

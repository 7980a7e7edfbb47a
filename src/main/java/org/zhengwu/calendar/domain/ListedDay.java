package org.zhengwu.calendar.domain;

import java.time.LocalDate;

/**
 * A day listed in an official holiday file.
 *
 * @param date   the day
 * @param name   the holiday it belongs to, such as 清明节
 * @param offDay {@code true} for a day off, {@code false} for a make-up workday (调休上班)
 */
public record ListedDay(LocalDate date, String name, boolean offDay) {
}

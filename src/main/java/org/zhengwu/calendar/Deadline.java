package org.zhengwu.calendar;

import java.time.LocalDate;

/**
 * A deadline computed by the clock.
 *
 * @param date        the last day to act, or {@code null} while the clock is paused
 * @param provisional {@code true} when the count crossed a year without official holiday data
 * @param explanation one Chinese sentence: the start, the count, and every holiday, make-up
 *                    workday, extension and pause that moved the date
 * @param paused      {@code true} while an open pause stops the clock before the deadline
 */
public record Deadline(LocalDate date, boolean provisional, String explanation, boolean paused) {
}

package org.zhengwu.platform;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of the to-do inbox.
 *
 * @param kind     a message key naming the kind of work (shown as a label)
 * @param title    the Chinese title, already resolved from the source's bundle
 * @param link     the page where the work is done
 * @param due      when it is due, if it has a deadline
 * @param severity {@code info}, {@code yellow} or {@code red}
 * @param since    when it arrived
 */
public record TodoItem(String kind, String title, String link, LocalDate due, String severity, Instant since) {
}

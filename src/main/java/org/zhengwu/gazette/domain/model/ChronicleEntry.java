package org.zhengwu.gazette.domain.model;

import java.time.LocalDate;

/** A dated entry of a chronicle (大事记); an entry marked △ shares the day of the one before. */
public record ChronicleEntry(LocalDate date, String text) {
}

package org.zhengwu.escalation.domain;

import java.time.LocalDate;

/** Moves a date by working days (the calendar's clock); negative moves go back. */
@FunctionalInterface
public interface FireDates {

    LocalDate workingDaysFrom(LocalDate date, int workingDays);
}

package org.zhengwu.escalation;

import java.time.LocalDate;

/** A step of a watched deadline that has not fired yet, and the day it will. */
public record PendingStep(int stepIndex, LocalDate fireOn) {
}

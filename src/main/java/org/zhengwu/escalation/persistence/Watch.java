package org.zhengwu.escalation.persistence;

import java.time.LocalDate;
import org.zhengwu.kernel.SubjectRef;

/** A stored watch of a subject's due date on a deadline ladder. */
public record Watch(String id, String ladderId, SubjectRef subject, String label, LocalDate due, int startStep,
        boolean active) {
}

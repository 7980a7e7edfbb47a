package org.zhengwu.escalation;

import java.time.LocalDate;
import org.zhengwu.kernel.SubjectRef;

/**
 * A command: watch a subject's due date on a deadline ladder. Watching again updates the due
 * date (an extension); steps already fired stay fired.
 *
 * @param label     how people recognise the subject (a title), shown with every step
 * @param startStep the first step that may fire (0 for all; higher for a leader's instruction)
 */
public record WatchRequest(SubjectRef subject, String ladderId, String label, LocalDate due, int startStep) {

    public WatchRequest {
        if (subject == null || ladderId == null || due == null) {
            throw new IllegalArgumentException("a watch needs a subject, a ladder and a due date");
        }
        label = label == null || label.isBlank() ? subject.toString() : label.strip();
    }

    public static WatchRequest of(SubjectRef subject, String ladderId, String label, LocalDate due) {
        return new WatchRequest(subject, ladderId, label, due, 0);
    }
}

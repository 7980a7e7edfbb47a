package org.zhengwu.gazette;

import java.time.LocalDate;
import java.util.List;

/**
 * Tasks of a published plan or opinion, with their lead and responsible units and deadlines
 * (WA-task), for the supervision ledger. A document with many tasks is announced in parts
 * ({@code part} of {@code parts}) so that each event stays small; parts are independent.
 */
public record TasksPublished(String documentId, String docNumber, String title, String issuer, LocalDate signedDate,
        int part, int parts, List<Task> tasks) {

    public TasksPublished {
        tasks = List.copyOf(tasks);
    }

    /**
     * One task.
     *
     * @param eId      the unit the task is, anchor {@code /gazette/documents/{id}#eId}
     * @param deadline the last day, null when the text gives none; {@code deadlineText} as written
     */
    public record Task(String eId, String text, List<String> leadUnits, List<String> responsibleUnits,
            LocalDate deadline, String deadlineText) {

        public Task {
            leadUnits = List.copyOf(leadUnits);
            responsibleUnits = List.copyOf(responsibleUnits);
        }
    }
}

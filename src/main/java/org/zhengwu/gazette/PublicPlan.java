package org.zhengwu.gazette;

import java.time.LocalDate;
import java.util.List;

/**
 * A public document's tasks (WA-task), read on demand: what the supervision ledger reviews
 * before it opens items, the same tasks {@link TasksPublished} announced.
 *
 * @param signedDate the document's date (成文日期), whose year is the plan year of 年内
 */
public record PublicPlan(String documentId, String docNumber, String title, String issuer, LocalDate signedDate,
        List<TasksPublished.Task> tasks) {

    public PublicPlan {
        tasks = List.copyOf(tasks);
    }
}

package org.zhengwu.gazette.domain.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A task of a plan or an opinion with the units that carry it (WA-task): the lead units
 * (牵头单位) and the responsible units (责任单位).
 *
 * @param text             the task's text, without the annotation naming the units
 * @param leadUnits        the lead units, in order
 * @param responsibleUnits the responsible (or co-operating) units, in order
 * @param deadline         the last day the text gives (2022年底前 → 2022-12-31), null when none
 * @param deadlineText     the deadline as written, null when none
 * @param eId              the eId of the unit the task is
 */
public record Task(String text, List<String> leadUnits, List<String> responsibleUnits,
        LocalDate deadline, String deadlineText, String eId) {

    public Task {
        leadUnits = List.copyOf(leadUnits);
        responsibleUnits = List.copyOf(responsibleUnits);
    }
}

package org.zhengwu.supervision;

import java.time.LocalDate;
import java.util.List;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;

/**
 * The intake contract for meeting decisions (WR-47e, WR-71): a meetings module publishes one
 * event per decision that needs action, after the minutes are signed; the ledger opens an item
 * due {@code supervision.meetingReportMonths} after the meeting (WR-71: reported within 1 month)
 * with no manual step. Publishing the same decision id twice opens one item.
 *
 * @param decisionId   the decision's stable id
 * @param meetingTitle e.g. 市政府第12次常务会议
 * @param meetingDate  the day of the meeting (the clock counts from it)
 * @param text         the decision as the minutes give it
 * @param leadUnit     the unit that carries it
 * @param otherUnits   units that take part
 * @param signedBy     the leader who signed the minutes, who receives the summary; null when none
 */
public record MeetingDecisionTaken(String decisionId, String meetingTitle, LocalDate meetingDate, String text,
        OrgUnitId leadUnit, List<OrgUnitId> otherUnits, PersonId signedBy, String signedByName) {

    public MeetingDecisionTaken {
        otherUnits = List.copyOf(otherUnits);
    }
}

package org.zhengwu.rulepack;

import java.util.List;
import org.zhengwu.kernel.RuleId;

/**
 * WR-76: who asks whom for leave, and how long before leaving.
 *
 * @param noticeDays   how many days before leaving the request must be made
 * @param noticeUnit   {@code CALENDAR_DAYS} or {@code WORKING_DAYS}
 * @param approverPost the post kind that approves (the mayor)
 * @param appliesTo    the post kinds that must ask
 * @param exemptions   the occasions that need no advance request (recorded, not silently allowed)
 */
public record LeavePolicy(
        RuleId rule, int noticeDays, String noticeUnit, String approverPost, List<String> appliesTo,
        List<Exemption> exemptions) {

    public LeavePolicy {
        appliesTo = List.copyOf(appliesTo);
        exemptions = List.copyOf(exemptions);
    }

    public record Exemption(String id, String name) {
    }

    public boolean appliesTo(String postKind) {
        return appliesTo.contains(postKind);
    }

    public boolean isExemption(String id) {
        return exemptions.stream().anyMatch(e -> e.id().equals(id));
    }
}

package org.zhengwu.directory;

import java.time.LocalDate;
import java.util.List;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/**
 * A leave was approved (WR-76) by the mayor or, while the mayor is away, by the one presiding
 * (then the rules also name WR-6). From now on it changes who acts for the post.
 */
public record LeaveApproved(long leaveId, PostId post, PersonId person, LocalDate from, LocalDate to,
        PersonId approver, PostId approverActingAs, List<RuleId> rules) implements Audited {

    public LeaveApproved {
        rules = List.copyOf(rules);
    }

    @Override
    public String action() {
        return "leave.approved";
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("leave", leaveId);
    }

    @Override
    public String summary() {
        return "leave of " + person + " (" + post + ") " + from + ".." + to + " approved by " + approver
                + " as " + approverActingAs;
    }
}

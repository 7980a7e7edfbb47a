package org.zhengwu.directory;

import java.util.List;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/** A leave was rejected (WR-76); it changes nothing about who acts. */
public record LeaveRejected(long leaveId, PostId post, PersonId person, PersonId approver,
        PostId approverActingAs, String reason, List<RuleId> rules) implements Audited {

    public LeaveRejected {
        rules = List.copyOf(rules);
    }

    @Override
    public String action() {
        return "leave.rejected";
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("leave", leaveId);
    }

    @Override
    public String summary() {
        return "leave of " + person + " (" + post + ") rejected by " + approver + " as " + approverActingAs
                + ": " + reason;
    }
}

package org.zhengwu.directory;

import java.util.List;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/** AP-1: an entry of a published notice that the directory could not place; the General Office settles it. */
public record AppointmentUnplaced(String docNumber, String action, String person, String post, String reason)
        implements Audited {

    @Override
    public String action() {
        return "appointment.unplaced";
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("notice", docNumber);
    }

    @Override
    public List<RuleId> rules() {
        return List.of(RuleId.of("AP-1"));
    }

    @Override
    public String summary() {
        return action + " " + person + " / " + post + " not placed: " + reason;
    }
}

package org.zhengwu.directory;

import java.time.LocalDate;
import java.util.List;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/**
 * The General Office recorded that the mayor is away from the city (离聊); no approval is
 * needed. WR-6: meanwhile the executive vice-mayor presides.
 */
public record MayorAbsenceRecorded(long leaveId, PostId mayorPost, PersonId mayor, LocalDate from, LocalDate to,
        RuleId rule) implements Audited {

    @Override
    public String action() {
        return "leave.mayor-absence-recorded";
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("leave", leaveId);
    }

    @Override
    public List<RuleId> rules() {
        return List.of(rule);
    }

    @Override
    public String summary() {
        return "absence of the mayor " + mayor + " (" + mayorPost + ") " + from + ".." + to + " recorded";
    }
}

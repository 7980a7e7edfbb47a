package org.zhengwu.directory;

import java.time.LocalDate;
import java.util.List;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/**
 * A leave was asked of the mayor (WR-76). An exemption claimed is part of the record: a leave
 * asked late is allowed only under one, and the audit summary says so.
 */
public record LeaveRequested(long leaveId, PostId post, PersonId person, LocalDate from, LocalDate to,
        String exemption, boolean noticeGiven, RuleId rule) implements Audited {

    @Override
    public String action() {
        return "leave.requested";
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
        var base = "leave of " + person + " (" + post + ") " + from + ".." + to + " requested";
        if (exemption == null) {
            return base;
        }
        return base + " under exemption " + exemption
                + (noticeGiven ? " (notice given)" : " (notice not given: allowed only by the exemption)");
    }
}

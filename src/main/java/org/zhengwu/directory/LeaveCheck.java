package org.zhengwu.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * WR-76 for a leave as entered so far: the last day it may be asked for, whether that was kept,
 * and the findings that refuse it (none when it may be asked for).
 *
 * @param latestRequestDay the last day to ask, {@code noticeDays} before leaving; {@code null} when not known yet
 * @param noticeGiven      whether today is on or before that day
 * @param exemption        the exemption claimed, which allows a late request and is recorded with it
 */
public record LeaveCheck(LocalDate latestRequestDay, boolean noticeGiven, String exemption,
        List<LeaveFinding> findings) {

    public LeaveCheck {
        findings = List.copyOf(findings);
    }

    public boolean ok() {
        return findings.isEmpty();
    }
}

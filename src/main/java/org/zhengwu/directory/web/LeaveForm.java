package org.zhengwu.directory.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The leave form as posted: the post's id, the days, why, and the exemption claimed (empty for none). */
record LeaveForm(String post, @DateTimeFormat(iso = ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = ISO.DATE) LocalDate to, String reason, String exemption) {

    static LeaveForm empty() {
        return new LeaveForm(null, null, null, null, null);
    }

    /** The exemption's id, or {@code null} when none is chosen. */
    String exemptionOrNull() {
        return exemption == null || exemption.isBlank() ? null : exemption;
    }
}

package org.zhengwu.directory;

import java.time.Instant;

/** AP-1: an entry of a published notice that the directory could not place, waiting for the General Office. */
public record UnplacedAppointment(long id, String docNumber, String action, String person, String post, String reason,
        Instant recordedAt) {
}

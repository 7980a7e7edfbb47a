package org.zhengwu.directory;

import java.time.LocalDate;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;

/**
 * A leave of absence (WR-76) or the mayor's recorded absence from the city (WR-6).
 *
 * @param person          the holder of the post when the leave begins
 * @param exemption       the id of the rule pack's exemption claimed (an important meeting), or {@code null}
 * @param noticeGiven     whether it was asked for early enough (WR-76); {@code false} only under an exemption
 * @param requestedBy     the username who asked or recorded it
 * @param decidedBy       the username who approved or rejected it
 * @param decidedByPerson the person who decided, as the mayor or the one presiding for the mayor
 */
public record Leave(long id, Kind kind, PostId post, PersonId person, LocalDate from, LocalDate to, String reason,
        String exemption, boolean noticeGiven, Status status, LocalDate requestedOn, String requestedBy,
        String decidedBy, PersonId decidedByPerson, String decisionNote) {

    /** A leave asked of the mayor, or the mayor's own absence recorded by the General Office. */
    public enum Kind { LEAVE, MAYOR_ABSENCE }

    /** Where it stands: only APPROVED and RECORDED change who acts. */
    public enum Status { REQUESTED, APPROVED, REJECTED, RECORDED }

    /** Whether the holder is away on this day because of it. */
    public boolean keepsAwayOn(LocalDate day) {
        return isInForce() && !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean isInForce() {
        return status == Status.APPROVED || status == Status.RECORDED;
    }

    public boolean isPending() {
        return status == Status.REQUESTED;
    }
}

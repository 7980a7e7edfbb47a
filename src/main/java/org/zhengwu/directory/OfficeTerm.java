package org.zhengwu.directory;

import java.time.LocalDate;
import java.util.List;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;

/**
 * A person's term in a post (AP-1), from an appointment until a removal.
 *
 * @param from         the first day held; {@code null} when the record does not say (held before it begins)
 * @param to           the day the removal took effect, no longer held on it; {@code null} while held
 * @param sourceDoc    the appointment notice or other public record, e.g. 聊政任〔2022〕10号
 * @param endSourceDoc the removal notice, when ended
 * @param qualifiers   what the notice adds, e.g. 试用期一年, 列杨国强之后
 */
public record OfficeTerm(long id, PostId post, PersonId person, LocalDate from, LocalDate to, String sourceDoc,
        String endSourceDoc, List<String> qualifiers) {

    public OfficeTerm {
        qualifiers = List.copyOf(qualifiers);
    }

    /** Whether the person holds the post on this day. */
    public boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
    }

    public boolean isOpen() {
        return to == null;
    }
}

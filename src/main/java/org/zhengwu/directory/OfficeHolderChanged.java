package org.zhengwu.directory;

import java.time.LocalDate;
import java.util.List;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/**
 * A term of office started (an appointment) or ended (a removal, or a successor's appointment)
 * on a day, following a notice (AP-1).
 */
public record OfficeHolderChanged(PostId post, PersonId person, Change change, LocalDate on, String sourceDoc,
        List<String> qualifiers) implements Audited {

    /** Whether the term started or ended. */
    public enum Change { STARTED, ENDED }

    public OfficeHolderChanged {
        qualifiers = List.copyOf(qualifiers);
    }

    @Override
    public String action() {
        return change == Change.STARTED ? "office-term.started" : "office-term.ended";
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("post", post);
    }

    @Override
    public List<RuleId> rules() {
        return List.of(RuleId.of("AP-1"));
    }

    @Override
    public String summary() {
        var verb = change == Change.STARTED ? " holds " : " no longer holds ";
        return person + verb + post + " from " + on + " (" + sourceDoc + ")"
                + (qualifiers.isEmpty() ? "" : " " + qualifiers);
    }
}

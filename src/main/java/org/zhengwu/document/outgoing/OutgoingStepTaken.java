package org.zhengwu.document.outgoing;

import java.util.List;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/** A change to an outgoing draft: one audit record each (drafted, co-signed, reviewed, signed off, …). */
record OutgoingStepTaken(long draftId, StepKind kind, List<RuleId> rules, String summary) implements Audited {

    OutgoingStepTaken {
        rules = List.copyOf(rules);
    }

    @Override
    public String action() {
        return kind.action();
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("outgoing-document", draftId);
    }
}

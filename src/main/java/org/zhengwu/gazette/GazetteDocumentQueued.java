package org.zhengwu.gazette;

import java.util.List;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/** A released document entered the gazette's queue (待刊登) for the next issue (WR-62). */
public record GazetteDocumentQueued(String sourceId, String docNumber, String title) implements Audited {

    @Override
    public String action() {
        return "gazette.document-queued";
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("gazette-queue", sourceId);
    }

    @Override
    public List<RuleId> rules() {
        return List.of(RuleId.of("WR-62"));
    }

    @Override
    public String summary() {
        return "queued " + docNumber + " " + title + " (outgoing document " + sourceId + ") for the next issue";
    }
}

package org.zhengwu.gazette;

import java.util.List;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/**
 * The General Office compiled the queued documents into a new draft issue (WR-62), which the
 * importer stored ({@link GazetteIssueImported}); it is published like any other issue.
 *
 * @param sourceIds the documents desk's ids of the documents it took from the queue, in order
 */
public record GazetteIssueCompiled(long issueId, String title, int year, int number, List<String> sourceIds,
        List<String> docNumbers) implements Audited {

    public GazetteIssueCompiled {
        sourceIds = List.copyOf(sourceIds);
        docNumbers = List.copyOf(docNumbers);
    }

    @Override
    public String action() {
        return "gazette.issue-compiled";
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("gazette-issue", issueId);
    }

    @Override
    public List<RuleId> rules() {
        return List.of(RuleId.of("WR-62"));
    }

    @Override
    public String summary() {
        return "compiled %s %d/%d from the queue: %s".formatted(title, year, number, String.join(", ", docNumbers));
    }
}

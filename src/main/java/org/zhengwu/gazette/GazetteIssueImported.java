package org.zhengwu.gazette;

import java.util.List;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/**
 * A file was stored as version {@code version} of an issue (a draft until published), with the
 * number of differences against the version before.
 */
public record GazetteIssueImported(long issueId, String title, int year, int number, int version, int documents,
        String fileName, String fileSha256, int differences) implements Audited {

    @Override
    public String action() {
        return "gazette.issue-imported";
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
        return "gazette %s %d/%d version %d: %d documents from %s (sha256 %s), %d differences"
                .formatted(title, year, number, version, documents, fileName, fileSha256, differences);
    }
}

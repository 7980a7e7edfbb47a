package org.zhengwu.gazette;

import java.util.List;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/**
 * A corrected file of a published issue was recorded as erratum {@code erratum}: the published
 * text stays as it was, the corrections are shown beside it.
 */
public record GazetteErratumRecorded(long issueId, String title, int year, int number, int erratum, String note,
        String fileName, String fileSha256, int differences) implements Audited {

    @Override
    public String action() {
        return "gazette.erratum-recorded";
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
        return "gazette %s %d/%d erratum %d from %s (sha256 %s): %d differences; %s"
                .formatted(title, year, number, erratum, fileName, fileSha256, differences, note);
    }
}

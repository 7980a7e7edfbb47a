package org.zhengwu.gazette;

import java.time.LocalDate;
import java.util.List;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/**
 * An issue was published (OG-5a, WR-62): from now on it is immutable, and its public documents
 * ({@code publicDocumentIds}: proactive, unclassified) are on the gazette's pages, API and exports.
 * Each public document is then announced by {@link GazetteDocumentPublished} and its items.
 */
public record GazetteIssuePublished(long issueId, String title, int year, int number, int version,
        LocalDate publishedOn, List<String> publicDocumentIds) implements Audited {

    public GazetteIssuePublished {
        publicDocumentIds = List.copyOf(publicDocumentIds);
    }

    @Override
    public String action() {
        return "gazette.issue-published";
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("gazette-issue", issueId);
    }

    @Override
    public List<RuleId> rules() {
        return List.of(RuleId.of("OG-5a"), RuleId.of("WR-62"));
    }

    @Override
    public String summary() {
        return "gazette %s %d/%d version %d published on %s; public documents %s"
                .formatted(title, year, number, version, publishedOn, publicDocumentIds);
    }
}

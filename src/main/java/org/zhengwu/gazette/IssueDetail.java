package org.zhengwu.gazette;

import java.util.List;

/** An issue as the General Office manages it: its documents with their disclosure, and every file accepted for it. */
public record IssueDetail(IssueSummary issue, List<GazetteDocument> documents, List<Revision> revisions) {

    public IssueDetail {
        documents = List.copyOf(documents);
        revisions = List.copyOf(revisions);
    }
}

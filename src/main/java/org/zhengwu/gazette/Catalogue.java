package org.zhengwu.gazette;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhengwu.gazette.persistence.DocumentStore;
import org.zhengwu.gazette.persistence.RevisionStore;
import org.zhengwu.gazette.persistence.TocStore;

/** The public catalogue of an issue, and the errata of a document. */
@Component
class Catalogue {

    private final TocStore toc;
    private final DocumentStore documents;
    private final RevisionStore revisions;

    Catalogue(TocStore toc, DocumentStore documents, RevisionStore revisions) {
        this.toc = toc;
        this.documents = documents;
        this.revisions = revisions;
    }

    /** The catalogue by section; entries naming a document that is not public are left out. */
    IssueView of(IssueSummary issue) {
        var open = documents.of(issue).stream().filter(GazetteDocument::isPublic).map(GazetteDocument::id)
                .collect(Collectors.toSet());
        var sections = new LinkedHashMap<String, List<IssueView.Entry>>();
        for (var row : toc.of(issue.id())) {
            if (row.documentId() != null && !open.contains(row.documentId())) {
                continue;
            }
            var e = row.entry();
            sections.computeIfAbsent(e.section(), s -> new ArrayList<>()).add(new IssueView.Entry(e.title(),
                    e.docNumber() == null ? null : e.docNumber().toString(), e.page(), row.documentId()));
        }
        return new IssueView(issue, sections.entrySet().stream()
                .map(s -> new IssueView.Section(s.getKey(), s.getValue())).toList());
    }

    List<Erratum> errataOf(String documentId) {
        return revisions.errataOf(documentId).stream().map(r -> new Erratum(r.number(), r.note(), r.recordedAt(),
                r.difference().kind(), r.difference().eId(), r.difference().detail(), r.difference().newText()))
                .toList();
    }
}

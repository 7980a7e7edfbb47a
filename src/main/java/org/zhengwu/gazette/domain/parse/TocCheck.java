package org.zhengwu.gazette.domain.parse;

import java.util.List;
import org.zhengwu.gazette.domain.model.ParsedDocument;
import org.zhengwu.gazette.domain.model.TocEntry;

/** Reports catalogue entries without a document, and documents the catalogue does not list. */
final class TocCheck {

    private TocCheck() {
    }

    static void check(List<TocEntry> toc, List<ParsedDocument> documents, Warnings warnings) {
        if (toc.isEmpty()) {
            return;
        }
        for (var entry : toc) {
            if (documents.stream().noneMatch(d -> TocPages.matches(entry, d.docNumber(), d.title()))) {
                warnings.add("toc-entry-missing", entry.line(), entry.title());
            }
        }
        for (var doc : documents) {
            if (toc.stream().noneMatch(e -> TocPages.matches(e, doc.docNumber(), doc.title()))) {
                warnings.add("document-not-in-toc", doc.line(), String.valueOf(doc.title()));
            }
        }
    }
}

package org.zhengwu.gazette;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.zhengwu.gazette.domain.model.ParsedDocument;
import org.zhengwu.gazette.domain.model.TocEntry;
import org.zhengwu.gazette.persistence.DisclosureRow;
import org.zhengwu.gazette.persistence.DocumentStore;
import org.zhengwu.gazette.persistence.ItemStore;
import org.zhengwu.gazette.persistence.ParsedReader;
import org.zhengwu.gazette.persistence.TocStore;
import org.zhengwu.gazette.persistence.StructureStore;

/** Writes an issue's content (documents, units, items, catalogue) and reads it back to compare. */
@Component
class IssueContent {

    private final DocumentStore documents;
    private final StructureStore units;
    private final ItemStore items;
    private final TocStore toc;
    private final ParsedReader parsed;

    IssueContent(DocumentStore documents, StructureStore units, ItemStore items, TocStore toc, ParsedReader parsed) {
        this.documents = documents;
        this.units = units;
        this.items = items;
        this.toc = toc;
        this.parsed = parsed;
    }

    /** Replaces the issue's content with the upload's; documents keep the disclosure they had (WR-33). */
    void write(long issueId, Upload upload, Map<String, DisclosureRow> disclosures, ImportProgress progress) {
        documents.deleteOf(issueId);
        writeNew(issueId, upload, disclosures, progress);
    }

    /** Writes the content of an issue that has none yet. */
    void writeNew(long issueId, Upload upload, Map<String, DisclosureRow> disclosures, ImportProgress progress) {
        var docs = upload.parsed().documents();
        for (int k = 0; k < docs.size(); k++) {
            var id = upload.documentIds().get(k);
            write(id, issueId, k + 1, docs.get(k), disclosures.getOrDefault(id, DisclosureRow.DEFAULT));
            progress.step(ImportStep.STORE, k + 1, docs.size());
        }
        var entries = upload.parsed().toc();
        toc.replace(issueId, entries, entries.stream().map(e -> named(e, upload)).toList());
    }

    private void write(String id, long issueId, int position, ParsedDocument d, DisclosureRow disclosure) {
        documents.insert(id, issueId, position, d, disclosure);
        units.insert(id, d.units());
        items.insertTasks(id, d.tasks());
        items.insertAppointments(id, d.appointments());
        items.insertChronicle(id, d.chronicle());
        items.insertPlanItems(id, d.planItems());
    }

    /** The id of the document a catalogue entry names: by number, else by title. */
    private static String named(TocEntry entry, Upload upload) {
        var docs = upload.parsed().documents();
        for (int k = 0; k < docs.size(); k++) {
            var d = docs.get(k);
            boolean same = entry.docNumber() != null ? entry.docNumber().equals(d.docNumber())
                    : Objects.equals(entry.title(), d.title());
            if (same) {
                return upload.documentIds().get(k);
            }
        }
        return null;
    }

    /** What the issue holds now, to compare a new file with. */
    Differences.Before before(IssueSummary issue) {
        var stored = new LinkedHashMap<String, ParsedDocument>();
        documents.of(issue).forEach(d -> stored.put(d.id(), parsed.document(d.id()).orElseThrow()));
        List<TocEntry> entries = toc.of(issue.id()).stream().map(TocStore.Row::entry).toList();
        return new Differences.Before(issue.serial(), entries, stored);
    }

    Map<String, DisclosureRow> disclosures(long issueId) {
        return documents.disclosuresOf(issueId);
    }
}

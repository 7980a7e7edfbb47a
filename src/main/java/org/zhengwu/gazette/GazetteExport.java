package org.zhengwu.gazette;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.zhengwu.gazette.domain.model.IssueInfo;
import org.zhengwu.gazette.domain.model.ParsedDocument;
import org.zhengwu.gazette.domain.model.ParsedGazette;
import org.zhengwu.gazette.domain.model.TocEntry;
import org.zhengwu.gazette.json.GazetteJson;
import org.zhengwu.gazette.persistence.DocumentStore;
import org.zhengwu.gazette.persistence.TocStore;
import tools.jackson.databind.node.ObjectNode;

/**
 * Public documents and issues as JSON in the parse format ({@code ./zhengwu gazette parse}),
 * for {@code /api/v1/gazette/…} and {@code ./zhengwu gazette export}. Each document also carries
 * its {@code id}, {@code validity} today and {@code errata}; an issue lists only its public
 * documents and the catalogue entries that name no document that is withheld.
 */
@Service
public class GazetteExport {

    private final GazetteLibrary library;
    private final DocumentStore documents;
    private final TocStore toc;
    private final Catalogue catalogue;
    private final Clock clock;

    GazetteExport(GazetteLibrary library, DocumentStore documents, TocStore toc, Catalogue catalogue, Clock clock) {
        this.library = library;
        this.documents = documents;
        this.toc = toc;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** A public document as JSON; empty when it is not public. */
    public Optional<String> document(String id) {
        return library.publicParsedDocument(id).map(d -> GazetteJson.write(documentTree(id, d)));
    }

    /** A published issue with its public documents as JSON; empty when it is not published. */
    public Optional<String> issue(int year, int number) {
        return library.publishedIssue(year, number).map(this::issueTree).map(GazetteJson::write);
    }

    private ObjectNode issueTree(IssueView view) {
        var issue = view.issue();
        var ids = documents.of(issue).stream().filter(GazetteDocument::isPublic).map(GazetteDocument::id).toList();
        var entries = toc.of(issue.id()).stream().filter(r -> r.documentId() == null || ids.contains(r.documentId()))
                .map(TocStore.Row::entry).toList();
        var docs = ids.stream().map(library::publicParsedDocument).flatMap(Optional::stream).toList();
        var tree = GazetteJson.tree(new ParsedGazette(new IssueInfo(issue.title(), issue.year(), issue.number(),
                issue.serial()), entries, docs, List.of(), List.of()));
        var nodes = tree.get("documents");
        for (int k = 0; k < ids.size(); k++) {
            addPublicFields((ObjectNode) nodes.get(k), ids.get(k));
        }
        return tree;
    }

    private ObjectNode documentTree(String id, ParsedDocument d) {
        var tree = GazetteJson.tree(d);
        addPublicFields(tree, id);
        return tree;
    }

    private void addPublicFields(ObjectNode node, String id) {
        node.put("id", id);
        library.validity(id, LocalDate.now(clock)).ifPresent(v -> node.put("validity", v.name()));
        var errata = node.putArray("errata");
        catalogue.errataOf(id).forEach(e -> errata.addObject().put("number", e.number()).put("note", e.note())
                .put("kind", e.kind().name()).put("eId", e.eId()).put("correctedText", e.correctedText()));
    }
}

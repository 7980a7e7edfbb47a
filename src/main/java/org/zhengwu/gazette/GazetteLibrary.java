package org.zhengwu.gazette;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.zhengwu.gazette.domain.model.ParsedDocument;
import org.zhengwu.gazette.persistence.AmendmentStore;
import org.zhengwu.gazette.persistence.DocumentStore;
import org.zhengwu.gazette.persistence.IssueStore;
import org.zhengwu.gazette.persistence.ParsedReader;
import org.zhengwu.gazette.persistence.RevisionStore;
import org.zhengwu.gazette.persistence.StructureStore;

/**
 * The gazette as stored: what the public may read (published issues, and of them only the
 * proactive, unclassified documents) and what the General Office manages (every issue and
 * document). The {@code public…} methods are the only way out to the public: pages, API,
 * exports and the search index use them and nothing else.
 */
@Service
public class GazetteLibrary {

    private final IssueStore issues;
    private final DocumentStore documents;
    private final StructureStore units;
    private final AmendmentStore amendments;
    private final RevisionStore revisions;
    private final ParsedReader parsed;
    private final Catalogue catalogue;
    private final Clock clock;

    GazetteLibrary(IssueStore issues, DocumentStore documents, StructureStore units, AmendmentStore amendments,
            RevisionStore revisions, ParsedReader parsed, Catalogue catalogue, Clock clock) {
        this.issues = issues;
        this.documents = documents;
        this.units = units;
        this.amendments = amendments;
        this.revisions = revisions;
        this.parsed = parsed;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Every issue and standalone document, drafts included, newest first (for the General Office). */
    public List<IssueSummary> issues() {
        return issues.all();
    }

    /** An issue with its documents and every file accepted for it (for the General Office). */
    public Optional<IssueDetail> issue(long id) {
        return issues.find(id).map(i -> new IssueDetail(i, documents.of(i), revisions.of(id)));
    }

    /** Any document as its page shows it, draft or not (the General Office's preview). */
    public Optional<DocumentView> view(String id) {
        return documents.find(id).map(this::view);
    }

    /** Published issues (not standalone documents), newest first. */
    public List<IssueSummary> publishedIssues() {
        return issues.published().stream().filter(i -> !i.standalone()).toList();
    }

    /** Public documents published without an issue, newest first. */
    public List<GazetteDocument> publishedStandaloneDocuments() {
        return issues.published().stream().filter(IssueSummary::standalone)
                .flatMap(i -> documents.of(i).stream()).filter(GazetteDocument::isPublic).toList();
    }

    /** A published issue with its catalogue of public documents. */
    public Optional<IssueView> publishedIssue(int year, int number) {
        return issues.find(year, number).filter(IssueSummary::isPublished).map(catalogue::of);
    }

    /** A public document as its page shows it; empty for a document that is not public. */
    public Optional<DocumentView> publicView(String id) {
        return publicOne(id).map(this::view);
    }

    /** A public document with its text, for a search index; empty for a document that is not public. */
    public Optional<PublicDocument> publicDocument(String id) {
        return publicOne(id).map(this::forIndex);
    }

    /** The ids of every public document (what a search index must hold, and nothing else). */
    public List<String> publicDocumentIds() {
        return documents.publicIds();
    }

    /** Every public document with its text, one at a time (an index is built from this). */
    public Stream<PublicDocument> publicDocuments() {
        return documents.publicIds().stream().map(this::publicDocument).flatMap(Optional::stream);
    }

    /**
     * A public document as the parser gave it: the JSON export's content, and what a renderer
     * (the PDF of {@code /gazette/documents/{id}.pdf}) lays out.
     */
    public Optional<ParsedDocument> publicParsedDocument(String id) {
        return publicOne(id).flatMap(d -> parsed.document(d.id()));
    }

    /**
     * A public document's tasks, by id or by document number (聊政办字〔2022〕6号; the newest public
     * document of that number); empty when no public document has it.
     */
    public Optional<PublicPlan> publicPlan(String idOrNumber) {
        var key = idOrNumber == null ? "" : idOrNumber.strip();
        return publicOne(key).or(() -> documents.publicIds().stream().map(documents::find).flatMap(Optional::stream)
                        .filter(d -> key.equals(d.docNumber())).reduce((older, newer) -> newer))
                .flatMap(d -> parsed.document(d.id()).map(content -> new PublicPlan(d.id(), d.docNumber(), d.title(),
                        d.issuer(), d.signedDate(), content.tasks().stream().map(t -> new TasksPublished.Task(t.eId(),
                                t.text(), t.leadUnits(), t.responsibleUnits(), t.deadline(), t.deadlineText())).toList())));
    }

    /** A document's validity on a day, from its dates and recorded repeals. */
    public Optional<Validity> validity(String id, LocalDate day) {
        return documents.find(id).map(d -> Validities.of(d, amendments.of(id), day));
    }

    private Optional<GazetteDocument> publicOne(String id) {
        return documents.find(id).filter(GazetteDocument::isPublic);
    }

    private DocumentView view(GazetteDocument d) {
        var recorded = amendments.of(d.id());
        return new DocumentView(d, Validities.of(d, recorded, today()), units.textOf(d.id()), recorded,
                catalogue.errataOf(d.id()));
    }

    private PublicDocument forIndex(GazetteDocument d) {
        var recorded = amendments.of(d.id());
        return new PublicDocument(d.id(), d.docNumber(), d.title(), d.issuer(), d.kind(), d.issuedKind(),
                d.signedDate(), d.issue().publishedOn(), d.effectiveFrom(), d.effectiveUntil(),
                Validities.repealedOn(recorded), Validities.of(d, recorded, today()), d.issue().year(),
                d.issue().number(), units.textOf(d.id()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

package org.zhengwu.gazette;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.gazette.domain.model.DocNumber;
import org.zhengwu.gazette.persistence.AmendmentStore;
import org.zhengwu.gazette.persistence.DisclosureRow;
import org.zhengwu.gazette.persistence.DocumentStore;
import org.zhengwu.gazette.persistence.IssueStore;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;

/**
 * The General Office's acts on stored issues (OFFICE_STAFF work): set each document's disclosure
 * (WR-33), publish an issue (OG-5a, WR-62), record a repeal or amendment of a published document.
 */
@Service
public class GazettePublisher {

    private static final RuleId WR_33 = RuleId.of("WR-33");

    private final IssueStore issues;
    private final DocumentStore documents;
    private final AmendmentStore amendments;
    private final Announcements announcements;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final Clock clock;

    GazettePublisher(IssueStore issues, DocumentStore documents, AmendmentStore amendments, Announcements announcements,
            ApplicationEventPublisher events, CurrentActor actor, Clock clock) {
        this.issues = issues;
        this.documents = documents;
        this.amendments = amendments;
        this.announcements = announcements;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Sets a document's disclosure attribute. ON_REQUEST and WITHHELD need a reason, a classified
     * document cannot be proactive (WR-33); once its issue is published, the only change left is
     * the periodic review's: a document not yet public becomes PROACTIVE, and is announced.
     *
     * @throws UserError {@code gazette.disclosure.*} naming the rule
     */
    @Transactional
    public GazetteDocument setDisclosure(String documentId, Disclosure disclosure, String reason, boolean classified) {
        var doc = document(documentId);
        var why = reason == null || reason.isBlank() ? null : reason.strip();
        if (disclosure.needsReason() && why == null) {
            throw new UserError("gazette.disclosure.reason-required", "reason", WR_33);
        }
        if (classified && disclosure == Disclosure.PROACTIVE) {
            throw new UserError("gazette.disclosure.classified-proactive", "classified", WR_33);
        }
        if (doc.issue().isPublished() && (doc.isPublic() || disclosure != Disclosure.PROACTIVE)) {
            throw new UserError("gazette.disclosure.published", "disclosure", WR_33);
        }
        documents.setDisclosure(documentId, new DisclosureRow(disclosure, disclosure.needsReason() ? why : null, classified));
        events.publishEvent(new GazetteDocumentDisclosureSet(documentId, doc.docNumber(), doc.title(), disclosure,
                disclosure.needsReason() ? why : null, classified));
        var now = document(documentId);
        if (now.isPublic()) {
            announcements.publicDocument(now, today());
        }
        return now;
    }

    /**
     * Publishes a draft issue: from now on it is immutable, its public documents are on the
     * gazette's pages and announced to the modules that act on them.
     *
     * @throws UserError {@code gazette.publish.*} for an unknown or already published issue
     */
    @Transactional
    public IssueSummary publish(long issueId) {
        var issue = issues.find(issueId).orElseThrow(() -> new UserError("gazette.issue.unknown", "issue", Long.toString(issueId)));
        if (issue.isPublished()) {
            throw new UserError("gazette.publish.already", "issue", issue.title());
        }
        var on = today();
        issues.publish(issueId, actor.get().username(), clock.instant(), on);
        var published = issue.publishedOn(on);
        var open = documents.of(published).stream().filter(GazetteDocument::isPublic).toList();
        events.publishEvent(new GazetteIssuePublished(issueId, published.title(), published.year(), published.number(),
                published.version(), published.publishedOn(), open.stream().map(GazetteDocument::id).toList()));
        open.forEach(d -> announcements.publicDocument(d, published.publishedOn()));
        return published;
    }

    /**
     * Records that a later document repeals or amends a published one, from a day (WR-62).
     *
     * @throws UserError {@code gazette.amendment.*}: the document is not published, the number is
     *                   not a document number, or no day is given
     */
    @Transactional
    public Amendment recordAmendment(String documentId, Amendment.Kind kind, String byDocNumber, LocalDate effectiveOn,
            String note) {
        var doc = document(documentId);
        if (!doc.issue().isPublished()) {
            throw new UserError("gazette.amendment.not-published", "document", doc.title());
        }
        var by = DocNumber.parse(byDocNumber == null ? "" : byDocNumber)
                .orElseThrow(() -> new UserError("gazette.amendment.doc-number", "byDocNumber", byDocNumber));
        if (effectiveOn == null) {
            throw new UserError("gazette.amendment.date-required", "effectiveOn");
        }
        var amendment = new Amendment(kind, by.toString(), documents.idOf(by.toString()).orElse(null), effectiveOn,
                note == null || note.isBlank() ? null : note.strip(), actor.get().username(), clock.instant());
        amendments.insert(documentId, amendment);
        events.publishEvent(new GazetteDocumentAmended(documentId, doc.docNumber(), doc.title(), kind, by.toString(),
                effectiveOn));
        return amendment;
    }

    private GazetteDocument document(String id) {
        return documents.find(id).orElseThrow(() -> new UserError("gazette.document.unknown", "document", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

package org.zhengwu.gazette;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.gazette.domain.model.IssueInfo;
import org.zhengwu.gazette.persistence.DocumentStore;
import org.zhengwu.gazette.persistence.IssueStore;
import org.zhengwu.gazette.persistence.QueueStore;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;

/**
 * The queue of released documents waiting for the next issue (待刊登, WR-62), and its compilation
 * (OFFICE_STAFF work) into a new draft issue: the issue is written as the gazette's text and
 * stored by {@link GazetteImporter}, then published by {@link GazettePublisher} like any other.
 * Every change is audited: {@link GazetteDocumentQueued}, {@link GazetteIssueCompiled} (and the
 * importer's {@link GazetteIssueImported}).
 */
@Service
public class GazetteQueue {

    static final RuleId WR_62 = RuleId.of("WR-62");
    private static final Logger log = LoggerFactory.getLogger(GazetteQueue.class);

    private final QueueStore queue;
    private final IssueStore issues;
    private final DocumentStore documents;
    private final GazetteImporter importer;
    private final IssuePages pages;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final Clock clock;

    GazetteQueue(QueueStore queue, IssueStore issues, DocumentStore documents, GazetteImporter importer, IssuePages pages,
            MessageSource messages, ApplicationEventPublisher events, CurrentActor actor, Clock clock) {
        this.queue = queue;
        this.issues = issues;
        this.documents = documents;
        this.importer = importer;
        this.pages = pages;
        this.messages = messages;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    /** Takes an offered document into the queue; the same document offered again is the same entry. */
    @Transactional
    public boolean offer(OutgoingDocumentQueuedForGazette e) {
        if (!queue.add(e, clock.instant())) {
            log.info("WR-62 outgoing document {} ({}) is queued already", e.documentId(), e.docNumber());
            return false;
        }
        events.publishEvent(new GazetteDocumentQueued(e.documentId(), e.docNumber(), e.title()));
        return true;
    }

    /** The documents waiting for the next issue, oldest release first. */
    @Transactional(readOnly = true)
    public List<QueuedDocument> waiting() {
        return queue.waiting();
    }

    /** The documents an issue was compiled from. */
    @Transactional(readOnly = true)
    public List<QueuedDocument> compiledInto(long issueId) {
        return queue.compiledInto(issueId);
    }

    /** The numbers the next issue would take: the latest issue's title, this year, the next number and serial. */
    @Transactional(readOnly = true)
    public IssueInfo nextIssue() {
        var year = LocalDate.now(clock).getYear();
        var all = issues.all().stream().filter(i -> !i.standalone()).toList();
        var title = all.isEmpty() ? "" : all.getFirst().title();
        var number = all.stream().filter(i -> i.title().equals(title) && i.year() == year)
                .mapToInt(IssueSummary::number).max().orElse(0) + 1;
        var serial = all.stream().filter(i -> i.serial() != null).mapToInt(IssueSummary::serial).max();
        return new IssueInfo(title, year, number, serial.isPresent() ? serial.getAsInt() + 1 : null);
    }

    /**
     * Compiles the chosen waiting documents into a new draft issue with these numbers; the others
     * keep waiting.
     *
     * @param sourceIds the documents desk's ids of the waiting documents to print in it
     * @throws UserError {@code gazette.queue.*} naming the field: none chosen, one not waiting, a
     *                   number missing or taken, or a document that would not read back as queued
     */
    @Transactional
    public IssueSummary compile(IssueInfo issue, List<String> sourceIds) {
        validate(issue);
        if (sourceIds == null || sourceIds.isEmpty()) {
            throw new UserError("gazette.queue.none-chosen", "documents", WR_62);
        }
        var chosen = new java.util.LinkedHashSet<>(sourceIds);
        var waiting = queue.lockWaiting().stream().filter(d -> chosen.contains(d.sourceId())).toList();
        if (waiting.size() != chosen.size()) {
            var gone = new ArrayList<>(chosen);
            gone.removeAll(waiting.stream().map(QueuedDocument::sourceId).toList());
            throw new UserError("gazette.queue.not-waiting", "documents", WR_62, String.join("、", gone));
        }
        var key = "issue:" + issue.title().strip() + "|" + issue.year() + "|" + issue.number();
        if (issues.lock(key).isPresent()) {
            throw new UserError("gazette.queue.issue-taken", "number", issue.title(), issue.year(), issue.number());
        }
        var info = new IssueInfo(issue.title().strip(), issue.year(), issue.number(), issue.serial());
        var pieces = IssueText.pieces(IssueText.order(waiting));
        var text = IssueText.of(info, pieces, pages.firstPages(pieces, this::interpretationTitle), this::section,
                this::interpretationTitle);
        var stored = importer.importFile(text.getBytes(StandardCharsets.UTF_8),
                "gazette-%d-%02d.txt".formatted(issue.year(), issue.number())).issue();
        readsBack(stored, pieces);
        var ids = pieces.stream().filter(p -> !p.interpretation()).map(p -> p.doc().sourceId()).toList();
        queue.compiled(ids, stored.id(), actor.get().username(), clock.instant());
        events.publishEvent(new GazetteIssueCompiled(stored.id(), stored.title(), stored.year(), stored.number(), ids,
                pieces.stream().filter(p -> !p.interpretation()).map(p -> p.doc().docNumber()).toList()));
        return stored;
    }

    private void validate(IssueInfo issue) {
        if (issue.title() == null || issue.title().isBlank()) {
            throw new UserError("gazette.queue.title-required", "title");
        }
        // the name the parser reads back as the gazette's: 2 to 30 Chinese characters and 公报
        if (!issue.title().strip().matches("\\p{IsHan}{2,30}公报")) {
            throw new UserError("gazette.queue.title-invalid", "title", issue.title().strip());
        }
        if (issue.year() < 1949 || issue.year() > 2099) {
            throw new UserError("gazette.queue.year-invalid", "year", issue.year());
        }
        if (issue.number() < 1) {
            throw new UserError("gazette.queue.number-invalid", "number", issue.number());
        }
        if (issue.serial() != null && issue.serial() < 1) {
            throw new UserError("gazette.queue.number-invalid", "serial", issue.serial());
        }
    }

    /** Each queued document is in the stored issue under its number and title; else nothing is stored. */
    private void readsBack(IssueSummary stored, List<IssueText.Piece> pieces) {
        var got = documents.of(stored);
        if (got.size() != pieces.size()) {
            log.warn("WR-62 compiled issue {} read back {} documents of {}", stored.title(), got.size(), pieces.size());
            throw new UserError("gazette.queue.unreadable", "documents", WR_62, pieces.size(), got.size());
        }
        var missing = new ArrayList<String>();
        for (int k = 0; k < pieces.size(); k++) {
            var piece = pieces.get(k);
            if (!piece.interpretation() && !piece.doc().docNumber().equals(got.get(k).docNumber())) {
                missing.add(piece.doc().docNumber());
            }
        }
        if (!missing.isEmpty()) {
            throw new UserError("gazette.queue.unreadable-document", "documents", WR_62, String.join("、", missing));
        }
    }

    private String section(OutgoingDocumentQueuedForGazette.Origin origin) {
        return messages.getMessage("gazette.queue.section." + origin, null, Locale.SIMPLIFIED_CHINESE);
    }

    private String interpretationTitle(String title) {
        return messages.getMessage("gazette.queue.interpretation-title", new Object[] {title}, Locale.SIMPLIFIED_CHINESE);
    }
}

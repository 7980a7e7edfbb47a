package org.zhengwu.gazette;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.gazette.domain.model.GazetteInputRefused;
import org.zhengwu.gazette.persistence.IssueStore;
import org.zhengwu.gazette.persistence.RevisionStore;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;

/**
 * Stores gazette files (OFFICE_STAFF work): an issue, or one document without an issue header,
 * read ({@code SourceReader}), parsed ({@code GazetteParser}) and stored in one transaction, so
 * a failed import stores nothing. The same content again changes nothing; a changed file of a
 * draft becomes its next version, with the differences; a published issue is corrected only by
 * {@link #recordErratum errata}. Every accepted file is kept with its SHA-256.
 */
@Service
public class GazetteImporter {

    private final IssueStore issues;
    private final RevisionStore revisions;
    private final IssueContent content;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final Clock clock;

    GazetteImporter(IssueStore issues, RevisionStore revisions, IssueContent content, ApplicationEventPublisher events,
            CurrentActor actor, Clock clock) {
        this.issues = issues;
        this.revisions = revisions;
        this.content = content;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    /** Imports a file without showing progress. */
    @Transactional
    public ImportResult importFile(byte[] bytes, String fileName) {
        return importFile(bytes, fileName, ImportProgress.NONE);
    }

    /**
     * Imports a file: a new issue, a new version of a draft, or nothing when its content is stored already.
     *
     * @throws GazetteInputRefused for a file that cannot be read as a gazette (field {@code FILE})
     * @throws UserError           {@code gazette.import.published} for a changed file of a published issue
     */
    @Transactional
    public ImportResult importFile(byte[] bytes, String fileName, ImportProgress progress) {
        progress.step(ImportStep.PARSE, 0, 0);
        var upload = Upload.read(bytes, fileName);
        var existing = issues.lock(upload.issueKey());
        return existing.isEmpty() ? first(upload, progress) : again(existing.get(), upload, progress);
    }

    /**
     * Records a corrected file of a published issue as an erratum: the differences are kept and
     * shown beside the published text, which does not change.
     *
     * @throws UserError {@code gazette.erratum.*} without a note, for an issue not in the gazette or not published
     */
    @Transactional
    public ImportResult recordErratum(byte[] bytes, String fileName, String note) {
        if (note == null || note.isBlank()) {
            throw new UserError("gazette.erratum.note-required", "note");
        }
        var upload = Upload.read(bytes, fileName);
        var id = issues.lock(upload.issueKey()).orElseThrow(() -> new UserError("gazette.erratum.no-issue", "file"));
        var issue = issues.find(id).orElseThrow();
        if (!issue.isPublished()) {
            throw new UserError("gazette.erratum.not-published", "file", issue.title());
        }
        var differences = unchanged(issue, upload) ? List.<Difference>of() : Differences.between(content.before(issue), upload);
        if (differences.isEmpty()) {
            return new ImportResult.Unchanged(issue);
        }
        int number = revisions.insert(id, Revision.Kind.ERRATUM, upload.file(), note.strip(), who(), clock.instant(),
                differences);
        events.publishEvent(new GazetteErratumRecorded(id, issue.title(), issue.year(), issue.number(), number,
                note.strip(), upload.file().name(), upload.file().sha256(), differences.size()));
        return new ImportResult.ErratumRecorded(issue, number, differences);
    }

    private ImportResult first(Upload upload, ImportProgress progress) {
        long id = issues.insert(upload.issueKey(), upload.header(), upload.file().contentHash());
        content.writeNew(id, upload, Map.of(), progress);
        return stored(id, upload, List.of());
    }

    private ImportResult again(long id, Upload upload, ImportProgress progress) {
        var issue = issues.find(id).orElseThrow();
        var differences = unchanged(issue, upload) ? List.<Difference>of() : Differences.between(content.before(issue), upload);
        if (differences.isEmpty()) {
            return new ImportResult.Unchanged(issue);
        }
        if (issue.isPublished()) {
            throw new UserError("gazette.import.published", "file", issue.title(), issue.year(), issue.number());
        }
        content.write(id, upload, content.disclosures(id), progress);
        issues.newVersion(id, upload.header().serial(), upload.file().contentHash());
        return stored(id, upload, differences);
    }

    /** The same text was stored before, as the current content or as an erratum. */
    private boolean unchanged(IssueSummary issue, Upload upload) {
        var hash = upload.file().contentHash();
        return hash.equals(issues.contentHash(issue.id())) || revisions.hasErratumWith(issue.id(), hash);
    }

    private ImportResult stored(long id, Upload upload, List<Difference> differences) {
        revisions.insert(id, Revision.Kind.IMPORT, upload.file(), null, who(), clock.instant(), differences);
        var issue = issues.find(id).orElseThrow();
        events.publishEvent(new GazetteIssueImported(id, issue.title(), issue.year(), issue.number(), issue.version(),
                issue.documents(), upload.file().name(), upload.file().sha256(), differences.size()));
        return new ImportResult.Stored(issue, differences, upload.warnings());
    }

    private String who() {
        return actor.get().username();
    }
}

package org.zhengwu.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.calendar.WorkingDayClock;
import org.zhengwu.document.domain.Finding;
import org.zhengwu.document.domain.IntakeChecks;
import org.zhengwu.document.domain.IntakeRules;
import org.zhengwu.document.domain.Outcome;
import org.zhengwu.document.domain.Submission;
import org.zhengwu.document.persistence.IncomingStore;
import org.zhengwu.document.persistence.Incoming;
import org.zhengwu.document.persistence.Incoming.Status;
import org.zhengwu.document.persistence.SubmissionRecord;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.UserError;
import org.zhengwu.rulepack.RulePacks;

/**
 * 收文: a department's request or report comes in, the intake checks run (WR-55a, WR-55b,
 * WR-56.1 – WR-56.5) and it is accepted, returned (退文) with every reason, or held for the
 * General Office to judge. A returned document is fixed and resubmitted; every submission is kept.
 */
@Service
public class DocumentIntake {

    private final RulePacks packs;
    private final IntakeFactsFinder facts;
    private final WorkingDayClock clock;
    private final MessageSource messages;
    private final IncomingStore store;
    private final Timeline timeline;
    private final org.springframework.context.ApplicationEventPublisher events;

    DocumentIntake(RulePacks packs, IntakeFactsFinder facts, WorkingDayClock clock, MessageSource messages,
            IncomingStore store, Timeline timeline, org.springframework.context.ApplicationEventPublisher events) {
        this.packs = packs;
        this.facts = facts;
        this.clock = clock;
        this.messages = messages;
        this.store = store;
        this.timeline = timeline;
        this.events = events;
    }

    public IntakeRules rules() {
        return packs.active().section(IntakeSection.class);
    }

    /** The checks on a submission, nothing stored: the form as it is filled, the API, the command line. */
    public IntakeReport check(Submission s) {
        validate(s);
        var dated = s.submittedDate() == null ? s.submittedOn(timeline.today()) : s;
        return report(dated, IntakeChecks.run(dated, rules(), facts.facts(dated, rules(), timeline.today())));
    }

    /** A clerk submits: checked, stored with its outcome; returned ones get their 退文 notice. */
    @Transactional
    public Submitted submit(Submission sent) {
        return submit(sent, List.of());
    }

    /** A clerk submits with attachment files (sniffed for type, limited in size). */
    @Transactional
    public Submitted submit(Submission sent, List<AttachmentFile> files) {
        var me = requireClerk();
        validate(sent);
        var types = files.stream().map(f -> f.mediaType(rules().maxAttachmentBytes())).toList();
        var s = sent.submittedOn(timeline.today());
        var findings = IntakeChecks.run(s, rules(), facts.facts(s, rules(), s.submittedDate()));
        var outcome = Outcome.of(findings);
        var doc = new Incoming(UUID.randomUUID().toString(), me.orgUnit().value(), s.leadUnit(), kindOf(s),
                titleOf(s), s.docNumber(), s.hasClassification(), status(outcome), 1, me.username(),
                outcome == Outcome.ACCEPTED ? s.submittedDate() : null, null, null, null, null, null, false, null,
                null, null, 0, timeline.now());
        store.insert(doc);
        store.addReader(doc.id(), "user:" + me.username());
        for (int i = 0; i < files.size(); i++) {
            var f = files.get(i);
            store.addAttachment(new org.zhengwu.document.persistence.AttachmentRecord(UUID.randomUUID().toString(),
                    doc.id(), 1, f.name(), types.get(i), f.content().length), f.content());
        }
        var report = report(s, findings);
        if (outcome == Outcome.ACCEPTED) {
            store.update(clocked(doc, report), 0);
        }
        return record(doc, s, findings, report, 1);
    }

    /** The clerk fixes a returned document and sends it again; the history keeps both. */
    @Transactional
    public Submitted resubmit(String id, Submission sent, Integer version) {
        var me = requireClerk();
        var doc = store.find(id).filter(d -> d.unitId().equals(me.orgUnit().value()))
                .orElseThrow(() -> new DocumentNotFound(id));
        int expected = Timeline.expected(doc, version);
        if (doc.status() != Status.RETURNED) {
            throw new StepConflict("document.conflict.not-returned");
        }
        validate(sent);
        var s = sent.submittedOn(timeline.today());
        var findings = IntakeChecks.run(s, rules(), facts.facts(s, rules(), s.submittedDate()));
        var outcome = Outcome.of(findings);
        var report = report(s, findings);
        var updated = doc.withSubmission(s.leadUnit(), kindOf(s), titleOf(s), s.docNumber(), s.hasClassification(),
                status(outcome), outcome == Outcome.ACCEPTED ? s.submittedDate() : null);
        if (!store.update(outcome == Outcome.ACCEPTED ? clocked(updated, report) : updated, expected)) {
            throw new StepConflict("document.conflict.version");
        }
        return record(updated, s, findings, report, updated.submissions());
    }

    private Incoming clocked(Incoming doc, IntakeReport report) {
        return doc.withClock(Status.ACCEPTED, packs.active().replyLimits().ordinary(), null, report.replyDue(),
                report.replyProvisional(), report.replyExplanation());
    }

    private Submitted record(Incoming doc, Submission s, List<Finding> findings, IntakeReport report, int seq) {
        var outcome = Outcome.of(findings);
        store.addSubmission(new SubmissionRecord(doc.id(), seq, SubmissionJson.write(s), outcome.name(),
                FindingsJson.write(report.findings()), s.leadUnit(), s.submittedDate(), timeline.me().username(),
                timeline.now()));
        var rules = findings.stream().map(Finding::rule).distinct().toList();
        var due = report.replyDue() == null ? null
                : new org.zhengwu.calendar.Deadline(report.replyDue(), report.replyProvisional(),
                        report.replyExplanation(), false);
        timeline.record(doc.id(), new Timeline.Step(seq == 1 ? "submitted" : "resubmitted", ruleOf(outcome, rules),
                null, null, due, outcome.name()));
        events.publishEvent(new DocumentSubmitted(doc.id(), seq, s.leadUnit(), titleOf(s), outcome.name(), rules));
        return new Submitted(doc.id(), report);
    }

    private static String ruleOf(Outcome outcome, List<RuleId> rules) {
        return outcome == Outcome.RETURNED ? "WR-56.5" : rules.isEmpty() ? null : rules.getFirst().value();
    }

    /**
     * The General Office judges a document held for review (WR-56.5, WR-56.2, WR-55a): accepted,
     * or returned, always with the reason.
     */
    @Transactional
    public void review(String id, boolean accept, String reason, Integer version) {
        if (!timeline.me().has(Role.OFFICE_STAFF)) {
            throw new AccessDeniedException("office staff only");
        }
        var doc = store.find(id).orElseThrow(() -> new DocumentNotFound(id));
        int expected = Timeline.expected(doc, version);
        if (doc.status() != Status.REVIEW) {
            throw new StepConflict("document.conflict.not-in-review");
        }
        if (reason == null || reason.isBlank()) {
            throw new UserError("document.review.reason-required", "reason", RuleId.of("WR-56.5"));
        }
        var last = store.submissions(id).getLast();
        store.setSubmissionOutcome(id, last.seq(), accept ? "ACCEPTED" : "RETURNED");
        if (accept) {
            var due = clock.deadline(last.submittedOn(), packs.active().replyLimits().ordinary());
            var updated = doc.accepted(last.submittedOn()).withClock(Status.ACCEPTED,
                    packs.active().replyLimits().ordinary(), null, due.date(), due.provisional(), due.explanation());
            timeline.save(updated, expected, new Timeline.Step("review-accepted", "WR-57", null, null, due, reason.strip()));
        } else {
            timeline.save(doc.withStatus(Status.RETURNED), expected,
                    Timeline.Step.of("review-returned", "WR-56.5", reason.strip()));
        }
    }

    IntakeReport report(Submission s, List<Finding> findings) {
        var outcome = Outcome.of(findings);
        var views = findings.stream().map(this::view).toList();
        if (outcome != Outcome.ACCEPTED) {
            return new IntakeReport(outcome.name(), views, null, null, false);
        }
        // WR-57 ordinary matters: the reply limit counted from the day of receipt
        var due = clock.deadline(s.submittedDate(), packs.active().replyLimits().ordinary());
        return new IntakeReport(outcome.name(), views, due.date(), due.explanation(), due.provisional());
    }

    FindingView view(Finding f) {
        var text = messages.getMessage(f.messageKey(), f.arguments().toArray(), f.messageKey(), Locale.SIMPLIFIED_CHINESE);
        return new FindingView(f.rule().value(), f.severity().name(), f.field(), text);
    }

    private void validate(Submission s) {
        var known = rules().majorDecisionFlags();
        s.flags().stream().filter(f -> !known.contains(f)).findFirst()
                .ifPresent(f -> { throw new UserError("document.input.unknown-flag", "flags", f, String.join(", ", known)); });
        var disclosure = s.disclosure();
        if (disclosure != null && !List.of("PROACTIVE", "ON_REQUEST", "WITHHELD").contains(disclosure)) {
            throw new UserError("document.input.bad-disclosure", "disclosure", disclosure);
        }
        if (s.issueDate() != null && s.issueDate().getYear() < 1900 || s.issueDate() != null && s.issueDate().getYear() > 2999) {
            throw new UserError("document.input.not-a-date", "issueDate", "issueDate", s.issueDate().toString());
        }
        if (s.submittedDate() != null && (s.submittedDate().getYear() < 1900 || s.submittedDate().getYear() > 2999)) {
            throw new UserError("document.input.not-a-date", "submittedDate", "submittedDate", s.submittedDate().toString());
        }
    }

    private org.zhengwu.platform.Actor requireClerk() {
        var me = timeline.me();
        if (!me.has(Role.CLERK)) {
            throw new AccessDeniedException("a department's clerk submits");
        }
        if (me.orgUnit() == null) {
            throw new UserError("document.clerk.no-unit", "unit");
        }
        return me;
    }

    private static Status status(Outcome o) {
        return switch (o) {
            case ACCEPTED -> Status.ACCEPTED;
            case RETURNED -> Status.RETURNED;
            case REVIEW -> Status.REVIEW;
        };
    }

    private static String kindOf(Submission s) {
        var k = s.kind() == null ? "" : s.kind();
        return k.length() > 40 ? k.substring(0, 40) : k;
    }

    private static String titleOf(Submission s) {
        var t = s.title() == null ? "" : s.title();
        return t.length() > 500 ? t.substring(0, 500) : t;
    }

    /** A stored submission and what the checks said. */
    public record Submitted(String id, IntakeReport report) {
    }

}

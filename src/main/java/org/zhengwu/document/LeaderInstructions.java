package org.zhengwu.document;

import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.calendar.WorkingDayClock;
import org.zhengwu.directory.Directory;
import org.zhengwu.directory.Person;
import org.zhengwu.document.InstructionIssued.Source;
import org.zhengwu.document.persistence.IncomingStore;
import org.zhengwu.document.persistence.InstructionRecord;
import org.zhengwu.document.persistence.InstructionRecord.Status;
import org.zhengwu.document.persistence.InstructionStore;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.UserError;
import org.zhengwu.rulepack.RulePacks;

/**
 * 批示: a leader's written instruction on a document (WR-73), forwarded by the General Office the
 * same working day (flagged when later) to a lead handler and co-handlers, due in the pack's
 * working days, answered by a written result and summarised back to the leader. Instructions of
 * provincial or municipal party leaders (WR-72) are recorded by the office and routed to the
 * relevant leader at once, with their stated reporting limit. Forwarding publishes
 * {@link InstructionIssued} for the supervision ledger.
 */
@Service
public class LeaderInstructions {

    private final InstructionStore instructions;
    private final IncomingStore documents;
    private final DocumentHandling handling;
    private final Timeline timeline;
    private final Directory directory;
    private final WorkingDayClock clock;
    private final RulePacks packs;
    private final ApplicationEventPublisher events;

    LeaderInstructions(InstructionStore instructions, IncomingStore documents, DocumentHandling handling,
            Timeline timeline, Directory directory, WorkingDayClock clock, RulePacks packs,
            ApplicationEventPublisher events) {
        this.instructions = instructions;
        this.documents = documents;
        this.handling = handling;
        this.timeline = timeline;
        this.directory = directory;
        this.clock = clock;
        this.packs = packs;
        this.events = events;
    }

    /** WR-73: the leader the document is routed to (or who acts for that post) writes an instruction. */
    @Transactional
    public InstructionRecord instruct(String documentId, String text, OrgUnitId lead, List<OrgUnitId> co) {
        var doc = documents.find(documentId).orElseThrow(() -> new DocumentNotFound(documentId));
        var acting = handling.requireLeaderFor(doc);
        requireText(text);
        checkHandlers(lead, co);
        var me = timeline.me();
        var name = directory.person(me.person()).map(Person::name).orElse(me.displayName());
        var post = directory.post(new PostId(doc.routedPost())).map(p -> p.title()).orElse("");
        int limit = rules().instructionWorkingDays();
        // WR-73: forwarded the same day, the handler reports within the pack's working days
        var due = clock.deadline(timeline.today(), limit);
        var record = new InstructionRecord(UUID.randomUUID().toString(), documentId, Source.MUNICIPAL_LEADER.name(),
                me.person().value(), name, post, acting.forWhom() == null ? null : holderId(doc.routedPost()),
                doc.routedPost(), text.strip(), timeline.today(), null, false, lead.value(),
                co.stream().map(OrgUnitId::value).toList(), limit, due.date(), due.explanation(), due.provisional(),
                Status.INSTRUCTED, null, null, 0, timeline.now());
        instructions.insert(record);
        timeline.record(documentId, new Timeline.Step("instructed", "WR-73", acting.forWhom(), acting.note(), due,
                text.strip()));
        return record;
    }

    /** WR-72: the office records a party leader's instruction, routed at once to the relevant leader. */
    @Transactional
    public InstructionRecord recordPartyInstruction(String documentId, PartyInstruction p) {
        requireOffice();
        var doc = documents.find(documentId).orElseThrow(() -> new DocumentNotFound(documentId));
        requireText(p.text());
        checkHandlers(p.lead(), p.co());
        if (p.leaderName() == null || p.leaderName().isBlank()) {
            throw new UserError("document.instruction.leader-required", "leaderName", RuleId.of("WR-72"));
        }
        if (p.limitDays() < 1 || p.limitDays() > 60) {
            throw new UserError("document.instruction.bad-limit", "limitDays", RuleId.of("WR-72"), p.limitDays());
        }
        if (p.toLeader() == null || directory.post(p.toLeader()).isEmpty()) {
            throw new UserError("document.route.unknown-post", "toLeader", p.toLeader() == null ? "" : p.toLeader().value());
        }
        var instructedOn = p.instructedOn() == null ? timeline.today() : p.instructedOn();
        var due = clock.deadline(instructedOn, p.limitDays());
        var acting = directory.whoActsFor(p.toLeader(), timeline.today());
        var record = new InstructionRecord(UUID.randomUUID().toString(), doc.id(), Source.PARTY_LEADER.name(), null,
                p.leaderName().strip(), p.leaderPost() == null ? "" : p.leaderPost().strip(), null,
                p.toLeader().value(), p.text().strip(), instructedOn, null, false, p.lead().value(),
                p.co().stream().map(OrgUnitId::value).toList(), p.limitDays(), due.date(), due.explanation(),
                due.provisional(), Status.INSTRUCTED, null, null, 0, timeline.now());
        instructions.insert(record);
        documents.addReader(doc.id(), "post:" + p.toLeader().value());
        timeline.record(doc.id(), new Timeline.Step("party-instruction", "WR-72", null, acting.explanation(), due,
                p.leaderName().strip() + "：" + p.text().strip()));
        return record;
    }

    /** The office forwards the instruction to its handlers; later than the day it was written is flagged. */
    @Transactional
    public InstructionRecord forward(String instructionId, Integer version) {
        requireOffice();
        var i = instructions.find(instructionId).orElseThrow(() -> new DocumentNotFound(instructionId));
        check(i, version, Status.INSTRUCTED);
        var today = timeline.today();
        // WR-73 forwarded the same working day; later is flagged
        boolean late = clock.workingDaysBetween(i.instructedOn(), today) > 0;
        var due = clock.deadline(today, i.limitDays());
        var forwarded = new InstructionRecord(i.id(), i.documentId(), i.source(), i.leaderPerson(), i.leaderName(),
                i.leaderPost(), i.actingFor(), i.routedPost(), i.text(), i.instructedOn(), today, late, i.leadHandler(),
                i.coHandlers(), i.limitDays(), due.date(), due.explanation(), due.provisional(), Status.FORWARDED, null,
                null, i.version(), i.createdAt());
        save(forwarded, i.version());
        documents.addReader(i.documentId(), "unit:" + i.leadHandler());
        i.coHandlers().forEach(u -> documents.addReader(i.documentId(), "unit:" + u));
        timeline.record(i.documentId(), new Timeline.Step("instruction-forwarded", ruleOf(i), null, null, due,
                late ? "late" : null));
        events.publishEvent(issued(forwarded));
        return forwarded;
    }

    /** The lead handler reports the result in writing (WR-73). */
    @Transactional
    public void report(String instructionId, String result, Integer version) {
        var i = instructions.find(instructionId).orElseThrow(() -> new DocumentNotFound(instructionId));
        var me = timeline.me();
        if (!me.has(Role.CLERK) || me.orgUnit() == null || !me.orgUnit().value().equals(i.leadHandler())) {
            throw new AccessDeniedException("the lead handler reports");
        }
        check(i, version, Status.FORWARDED);
        requireText(result);
        save(withResult(i, Status.REPORTED, result.strip(), null), i.version());
        timeline.record(i.documentId(), Timeline.Step.of("instruction-reported", ruleOf(i), result.strip()));
    }

    /** The office summarises the result back to the instructing leader (WR-73). */
    @Transactional
    public void summarise(String instructionId, String summary, Integer version) {
        requireOffice();
        var i = instructions.find(instructionId).orElseThrow(() -> new DocumentNotFound(instructionId));
        check(i, version, Status.REPORTED);
        requireText(summary);
        save(withResult(i, Status.SUMMARISED, i.result(), summary.strip()), i.version());
        timeline.record(i.documentId(), Timeline.Step.of("instruction-summarised", ruleOf(i), summary.strip()));
    }

    public List<InstructionRecord> forDocument(String documentId) {
        return instructions.forDocument(documentId);
    }

    /**
     * A party leader's instruction as the office records it (WR-72).
     *
     * @param toLeader  the municipal leader's post it goes to at once
     * @param limitDays the reporting limit stated with it, in working days
     */
    public record PartyInstruction(String leaderName, String leaderPost, String text, java.time.LocalDate instructedOn,
            PostId toLeader, int limitDays, OrgUnitId lead, List<OrgUnitId> co) {

        public PartyInstruction {
            co = co == null ? List.of() : List.copyOf(co);
        }
    }

    private InstructionIssued issued(InstructionRecord i) {
        var doc = documents.find(i.documentId()).orElseThrow();
        var source = Source.valueOf(i.source());
        var leader = i.leaderPerson() == null ? null : new PersonId(i.leaderPerson());
        var reportTo = leader != null ? leader : holderOrActing(i.routedPost());
        return new InstructionIssued(i.id(), i.documentId(), doc.docNumber(), doc.title(), source, leader,
                i.leaderName(), i.leaderPost(), i.actingFor() == null ? null : new PersonId(i.actingFor()), i.text(),
                i.instructedOn(), i.forwardedOn(), i.forwardedLate(), new OrgUnitId(i.leadHandler()),
                i.coHandlers().stream().map(OrgUnitId::new).toList(), i.limitDays(), i.due(), reportTo);
    }

    private PersonId holderOrActing(String post) {
        return post == null ? null : directory.whoActsFor(new PostId(post), timeline.today()).person();
    }

    private String holderId(String post) {
        return directory.holderOf(new PostId(post), timeline.today()).map(p -> p.id().value()).orElse(null);
    }

    private static InstructionRecord withResult(InstructionRecord i, Status s, String result, String summary) {
        return new InstructionRecord(i.id(), i.documentId(), i.source(), i.leaderPerson(), i.leaderName(),
                i.leaderPost(), i.actingFor(), i.routedPost(), i.text(), i.instructedOn(), i.forwardedOn(),
                i.forwardedLate(), i.leadHandler(), i.coHandlers(), i.limitDays(), i.due(), i.dueNote(),
                i.provisional(), s, result, summary, i.version(), i.createdAt());
    }

    private void save(InstructionRecord i, int expected) {
        if (!instructions.update(i, expected)) {
            throw new StepConflict("document.conflict.version");
        }
    }

    private static void check(InstructionRecord i, Integer version, Status expected) {
        if (version != null && version != i.version() || i.status() != expected) {
            throw new StepConflict("document.conflict.state");
        }
    }

    private static String ruleOf(InstructionRecord i) {
        return Source.PARTY_LEADER.name().equals(i.source()) ? "WR-72" : "WR-73";
    }

    private void checkHandlers(OrgUnitId lead, List<OrgUnitId> co) {
        if (lead == null || directory.unit(lead).isEmpty()) {
            throw new UserError("document.instruction.unknown-unit", "leadHandler", RuleId.of("WR-73"),
                    lead == null ? "" : lead.value());
        }
        for (var u : co) {
            if (directory.unit(u).isEmpty() || u.equals(lead)) {
                throw new UserError("document.instruction.unknown-unit", "coHandlers", RuleId.of("WR-73"), u.value());
            }
        }
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new UserError("document.instruction.text-required", "text", RuleId.of("WR-73"));
        }
    }

    private void requireOffice() {
        if (!timeline.me().has(Role.OFFICE_STAFF)) {
            throw new AccessDeniedException("office staff forward instructions");
        }
    }

    private org.zhengwu.document.domain.IntakeRules rules() {
        return packs.active().section(IntakeSection.class);
    }
}

package org.zhengwu.document;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.directory.Directory;
import org.zhengwu.document.persistence.IncomingStore;
import org.zhengwu.document.persistence.Incoming;
import org.zhengwu.document.persistence.Incoming.Status;
import org.zhengwu.document.persistence.InstructionRecord;
import org.zhengwu.document.persistence.InstructionStore;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.CurrentActor;

/**
 * Reads documents under the visibility rules: one document with its whole history (every read
 * of a classified one audited), the actor's list, and the General Office's desk.
 */
@Service
public class DocumentLibrary {

    private final IncomingStore store;
    private final InstructionStore instructions;
    private final Visibility visibility;
    private final CurrentActor actor;
    private final DocumentHandling handling;
    private final ApplicationEventPublisher events;

    DocumentLibrary(IncomingStore store, InstructionStore instructions, Visibility visibility, CurrentActor actor,
            DocumentHandling handling, Directory directory, ApplicationEventPublisher events) {
        this.store = store;
        this.instructions = instructions;
        this.visibility = visibility;
        this.actor = actor;
        this.handling = handling;
        this.events = events;
    }

    /** The document, if the actor may see it; a classified one's read is audited. */
    @Transactional
    public DocumentView view(String id, String how) {
        var me = actor.get();
        var doc = store.find(id).filter(d -> visibility.canSee(me, d)).orElseThrow(() -> new DocumentNotFound(id));
        if (doc.classified()) {
            events.publishEvent(new ClassifiedDocumentRead(id, me.username(), how));
        }
        var submissions = store.submissions(id).stream()
                .map(s -> new DocumentView.SubmissionView(s.seq(), SubmissionJson.read(s.payload(), "payload"),
                        s.outcome(), FindingsJson.read(s.findings()), s.submittedOn(), s.submittedBy()))
                .toList();
        var leader = handling.leaderInCharge(doc).map(p -> p.id().value()).orElse(null);
        return new DocumentView(doc, submissions, store.steps(id), instructions.forDocument(id), store.attachments(id),
                leader);
    }

    /** The documents the actor may see, newest first. */
    public List<Incoming> visible(int limit) {
        var me = actor.get();
        var tokens = visibility.tokens(me);
        return store.recent(5000).stream()
                .filter(d -> visibility.canSee(me, d, tokens) || visibility.awaitsRegistration(me, d))
                .limit(limit).toList();
    }

    /** Whether the actor sees the document only as a 密件 to register (no title, no content). */
    public boolean masked(Incoming d) {
        var me = actor.get();
        return visibility.awaitsRegistration(me, d) && !visibility.canSee(me, d);
    }

    /** The General Office's desk: held for review, accepted to register, registered to route. */
    public List<Incoming> desk() {
        if (!actor.get().has(Role.OFFICE_STAFF)) {
            return List.of();
        }
        return visible(500).stream().filter(d -> d.status() == Status.REVIEW || d.status() == Status.ACCEPTED
                || d.status() == Status.REGISTERED).toList();
    }

    /** Instructions the office has yet to forward, or to summarise. */
    public List<InstructionRecord> instructionsToForward() {
        if (!actor.get().has(Role.OFFICE_STAFF)) {
            return List.of();
        }
        var list = new java.util.ArrayList<>(instructions.withStatus(InstructionRecord.Status.INSTRUCTED));
        list.addAll(instructions.withStatus(InstructionRecord.Status.REPORTED));
        return list;
    }
}

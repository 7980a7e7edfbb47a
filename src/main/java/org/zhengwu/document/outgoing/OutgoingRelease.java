package org.zhengwu.document.outgoing;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.directory.OrgUnit;
import org.zhengwu.document.OutgoingDocumentReleased;
import org.zhengwu.gazette.GazettePdf;
import org.zhengwu.gazette.OutgoingDocumentQueuedForGazette;
import org.zhengwu.kernel.Role;

/**
 * 印发: a signed document is printed as a GB/T 9704 PDF (the gazette's renderer) and released; a
 * policy document only with its interpretation approved with it (WR-36). A PROACTIVE, unclassified
 * document is offered for the next gazette issue (WR-62); the others never are.
 */
@Service
@Transactional
public class OutgoingRelease {

    private final OutgoingDesk desk;
    private final DraftStore drafts;
    private final Timeline timeline;
    private final GovernmentPosts posts;
    private final GazettePdf pdf;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    OutgoingRelease(OutgoingDesk desk, DraftStore drafts, Timeline timeline, GovernmentPosts posts, GazettePdf pdf,
            ApplicationEventPublisher events, MessageSource messages) {
        this.desk = desk;
        this.drafts = drafts;
        this.timeline = timeline;
        this.posts = posts;
        this.pdf = pdf;
        this.events = events;
        this.messages = messages;
    }

    public void release(long id) {
        var draft = desk.find(id);
        mayRelease(draft);
        if (draft.status() != Status.SIGNED) {
            throw new OutgoingConflict(id);
        }
        DraftChecks.interpretationApproved(desk.rules(), draft);
        var today = timeline.today();
        var issuer = issuerName(draft);
        var printer = posts.generalOfficeOf(draft.leadUnit()).map(OrgUnit::name).orElse(issuer);
        var note = text("outgoing.pdf.note." + draft.disclosure());
        var bytes = pdf.render(DraftPdf.document(draft, issuer), DraftPdf.options(draft,
                draft.issuer() == Issuer.DEPARTMENT ? issuer : printer, today, note,
                classificationMark(draft), text("outgoing.urgency." + draft.urgency())));
        if (!drafts.release(id, draft.version(), today, bytes)) {
            throw new OutgoingConflict(id);
        }
        timeline.department(id, StepKind.RELEASED, desk.rules().disclosureRule(), draft.disclosure().name(),
                "released " + draft.docNumber());
        announce(draft, issuer, today);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** 密级和保密期限 as GB/T 9704 7.2.2 prints it: {@code 机密★1年}, or the level alone when no period is stated. */
    private String classificationMark(Draft draft) {
        var level = text("outgoing.classification." + draft.classification());
        return draft.secrecyPeriod() == null ? level
                : text("outgoing.pdf.classification-period", level, draft.secrecyPeriod());
    }

    public Optional<byte[]> pdf(long id) {
        return drafts.pdf(id);
    }

    private void announce(Draft draft, String issuer, java.time.LocalDate today) {
        events.publishEvent(new OutgoingDocumentReleased(Long.toString(draft.id()), draft.docNumber(), draft.title(),
                issuer, draft.signedOn(), today, draft.disclosure(), draft.classification().isClassified()));
        if (draft.isPublicCandidate()) {
            // WR-62: proactive documents go to the gazette; WITHHELD, ON_REQUEST and classified ones never do
            events.publishEvent(new OutgoingDocumentQueuedForGazette(Long.toString(draft.id()),
                    origin(draft.issuer()), draft.docNumber(),
                    draft.title(), issuer, draft.addressees(), DraftPdf.paragraphs(draft.body()), draft.signedOn(),
                    today, draft.interpretation()));
        }
    }

    private static OutgoingDocumentQueuedForGazette.Origin origin(Issuer issuer) {
        return switch (issuer) {
            case GOVERNMENT -> OutgoingDocumentQueuedForGazette.Origin.GOVERNMENT;
            case GENERAL_OFFICE -> OutgoingDocumentQueuedForGazette.Origin.GENERAL_OFFICE;
            case DEPARTMENT -> OutgoingDocumentQueuedForGazette.Origin.DEPARTMENT;
        };
    }

    String issuerName(Draft draft) {
        var unit = switch (draft.issuer()) {
            case GOVERNMENT -> posts.governmentOf(draft.leadUnit());
            case GENERAL_OFFICE -> posts.generalOfficeOf(draft.leadUnit());
            case DEPARTMENT -> posts.directory().unit(draft.leadUnit());
        };
        return unit.map(OrgUnit::name).orElse("");
    }

    private void mayRelease(Draft draft) {
        var me = timeline.actor();
        var allowed = draft.issuer().inGovernmentName() ? me.has(Role.OFFICE_STAFF)
                : draft.leadUnit().equals(me.orgUnit());
        if (!allowed) {
            throw new AccessDeniedException("not the releasing office");
        }
    }
}

package org.zhengwu.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.directory.Directory;
import org.zhengwu.document.persistence.IncomingStore;
import org.zhengwu.escalation.RecipientResolver;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.SubjectRef;

/**
 * Who {@code subject:handler} of a document is, for the WR-57 {@code reply-overdue} ladder: the
 * handling department of a forwarded document, whoever acts today for the leader's post it is
 * routed to, else the General Office.
 */
@Component
class DocumentParties implements RecipientResolver {

    private final IncomingStore store;
    private final Directory directory;
    private final Clock clock;

    DocumentParties(IncomingStore store, Directory directory, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public String subjectType() {
        return "document";
    }

    @Override
    public List<String> resolve(SubjectRef subject, String party) {
        if (!"handler".equals(party)) {
            return List.of();
        }
        return store.find(subject.id()).map(d -> {
            if (d.handlerUnit() != null && d.status() == org.zhengwu.document.persistence.Incoming.Status.FORWARDED) {
                return List.of("unit:" + d.handlerUnit());
            }
            if (d.routedPost() != null) {
                var acting = directory.whoActsFor(new PostId(d.routedPost()), LocalDate.now(clock));
                return acting.person() == null ? List.of("role:OFFICE_STAFF") : List.of("person:" + acting.person().value());
            }
            return List.of("role:OFFICE_STAFF");
        }).orElse(List.of());
    }
}

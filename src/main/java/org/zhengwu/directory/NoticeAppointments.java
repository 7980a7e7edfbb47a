package org.zhengwu.directory;

import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.gazette.AppointmentsPublished;
import org.zhengwu.gazette.AppointmentsPublished.Action;
import org.zhengwu.gazette.AppointmentsPublished.Entry;
import org.zhengwu.kernel.UserError;

/**
 * AP-1: the directory's office-holders follow the published appointment notices. Removals are
 * applied before appointments (a seat a notice frees is the seat it fills). Each entry is its
 * own transaction; an entry that cannot be placed is kept for the General Office, never dropped.
 */
@Component
class NoticeAppointments {

    private static final Logger log = LoggerFactory.getLogger(NoticeAppointments.class);

    private final NoticeEntryPlacer placer;
    private final UnplacedAppointments unplaced;
    private final TransactionTemplate each;

    NoticeAppointments(NoticeEntryPlacer placer, UnplacedAppointments unplaced, PlatformTransactionManager tx) {
        this.placer = placer;
        this.unplaced = unplaced;
        this.each = new TransactionTemplate(tx);
        this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(AppointmentsPublished notice) {
        notice.entries().stream()
                .sorted(Comparator.comparing((Entry e) -> e.action() == Action.APPOINT))
                .forEach(entry -> apply(notice, entry));
    }

    private void apply(AppointmentsPublished notice, Entry entry) {
        try {
            each.executeWithoutResult(status -> placer.place(notice.docNumber(), notice.signedDate(), entry));
        } catch (UserError e) {
            // an outcome the General Office works through (its to-do list), not a fault of the system
            log.info("AP-1 {}: {} {} / {} not placed ({})", notice.docNumber(), entry.action(), entry.person(),
                    entry.post(), e.messageKey());
            each.executeWithoutResult(status -> unplaced.record(notice.docNumber(), entry, e.messageKey()));
        }
    }
}

package org.zhengwu.gazette;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** WR-62: a released PROACTIVE, unclassified document enters the queue for the next issue (待刊登). */
@Component
class GazetteQueueIntake {

    private final GazetteQueue queue;

    GazetteQueueIntake(GazetteQueue queue) {
        this.queue = queue;
    }

    @ApplicationModuleListener
    void on(OutgoingDocumentQueuedForGazette e) {
        queue.offer(e);
    }
}

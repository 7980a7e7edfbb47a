package org.zhengwu.gazette.search;

import java.util.HashSet;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengwu.gazette.GazetteDocumentAmended;
import org.zhengwu.gazette.GazetteDocumentDisclosureSet;
import org.zhengwu.gazette.GazetteIssuePublished;
import org.zhengwu.gazette.GazetteLibrary;

/**
 * Keeps the index to the published gazette and nothing else: an issue's public documents are
 * indexed when it is published (one listener run and one refresh of the searcher for the issue,
 * not one per document), a document is re-indexed when its validity or disclosure changes (a
 * document made public by the periodic review comes in this way), and leaves the index when it
 * stops being public; what it indexes is read through {@link GazetteLibrary#publicDocument(String)}, so only
 * proactive, unclassified, published documents ever reach it. At start the index is brought up
 * to date with the library (rebuilt whole when empty or written with another layout).
 */
@Component
public class IndexFollower {

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);

    private final GazetteLibrary library;
    private final SearchIndex index;
    /**
     * One writer at a time. A lock rather than a monitor: the listener threads that wait for it
     * park at once, where threads entering a contended monitor spin first, using the CPU the
     * indexing needs (seen in profiles of bulk imports).
     */
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean current;

    IndexFollower(GazetteLibrary library, SearchIndex index) {
        this.library = library;
        this.index = index;
    }

    @ApplicationModuleListener
    void on(GazetteIssuePublished event) {
        refresh(event.publicDocumentIds());
    }

    @ApplicationModuleListener
    void on(GazetteDocumentAmended event) {
        refresh(event.documentId());
    }

    @ApplicationModuleListener
    void on(GazetteDocumentDisclosureSet event) {
        refresh(event.documentId());
    }

    /** A server catches up at start; a command-line run only when it searches (see {@link #ensureCurrent}). */
    @EventListener(value = ApplicationReadyEvent.class,
            condition = "#root.event.applicationContext instanceof T(org.springframework.web.context.WebApplicationContext)")
    void atStart() {
        ensureCurrent();
    }

    /** Brings the index up to date with the library once in this process's life. */
    public void ensureCurrent() {
        if (!current) {
            lock.lock();
            try {
                if (!current) {
                    catchUp();
                    current = true;
                }
            } finally {
                lock.unlock();
            }
        }
    }

    private void refresh(String documentId) {
        refresh(List.of(documentId));
    }

    private void refresh(List<String> documentIds) {
        lock.lock();
        try {
            if (!index.writable()) {
                return;   // another process holds the index and follows the gazette itself
            }
            for (var documentId : documentIds) {
                library.publicDocument(documentId).ifPresentOrElse(d -> index.put(d.id(), IndexedDocuments.of(d)),
                        () -> index.remove(documentId));
            }
            index.publish();
        } finally {
            lock.unlock();
        }
    }

    /** Called with {@link #lock} held. */
    private void catchUp() {
        if (!index.writable()) {
            return;
        }
        var publicIds = new HashSet<>(library.publicDocumentIds());
        var rebuild = !index.hasCurrentLayout();
        if (rebuild) {
            index.clear();
        }
        var indexed = rebuild ? new HashSet<String>() : index.documentIds();
        indexed.stream().filter(id -> !publicIds.contains(id)).forEach(index::remove);
        var missing = publicIds.stream().filter(id -> !indexed.contains(id)).toList();
        missing.forEach(id -> library.publicDocument(id).ifPresent(d -> index.put(d.id(), IndexedDocuments.of(d))));
        index.commit();
        if (rebuild || !missing.isEmpty()) {
            log.info("search index: {} documents indexed{}", missing.size(), rebuild ? " (rebuilt)" : "");
        }
    }
}

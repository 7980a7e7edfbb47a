package org.zhengwu.gazette.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index itself: one writer (this process's, unless another process holds the index, when it
 * is opened for reading only), searchers refreshed when a search follows a change, and the version of the
 * index's layout recorded with each commit so that a changed layout is rebuilt.
 */
public final class SearchIndex implements Closeable {

    /** Bumped whenever what is indexed, or how, changes: the index is then rebuilt at start. */
    public static final String LAYOUT = "gazette-search-2";
    private static final String LAYOUT_KEY = "layout";
    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final Directory directory;
    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicBoolean commitPending = new AtomicBoolean();
    /** Changes were made that the current searcher does not see yet. */
    private final AtomicBoolean stale = new AtomicBoolean();
    private final ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("search-index-commit").factory());

    public SearchIndex(Directory directory) {
        this.directory = directory;
        try {
            this.writer = openWriter(directory, analyzer);
            this.searchers = writer != null ? new SearcherManager(writer, null) : readOnly(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IndexWriter openWriter(Directory directory, Analyzer analyzer) throws IOException {
        try {
            var config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            var writer = new IndexWriter(directory, config);
            if (!DirectoryReader.indexExists(directory)) {
                writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
                writer.commit();
            }
            return writer;
        } catch (LockObtainFailedException e) {
            log.info("search index held by another process; opened for reading only");
            return null;
        }
    }

    private static SearcherManager readOnly(Directory directory) throws IOException {
        return new SearcherManager(directory, null);
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** False when another process (a running server) holds the index: it keeps it current. */
    public boolean writable() {
        return writer != null;
    }

    /** Whether the index was written with this layout. */
    public boolean hasCurrentLayout() {
        try {
            var data = SegmentInfos.readLatestCommit(directory).getUserData();
            return LAYOUT.equals(data.get(LAYOUT_KEY));
        } catch (IOException e) {
            return false;
        }
    }

    /** Replaces a document's index documents (all at once: a search sees the old or the new). */
    public void put(String documentId, List<Document> docs) {
        try {
            writer.updateDocuments(new Term(Fields.DOCUMENT_ID, documentId), docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(String documentId) {
        try {
            writer.deleteDocuments(new Term(Fields.DOCUMENT_ID, documentId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes everything (before a rebuild). */
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the changes visible to searches at once (the next search reopens the searcher: one
     * reopen for all the changes made since the last search, not one per change, as a reopen
     * flushes a segment), and durable within a second (one commit for many changes: a commit
     * syncs files to disk). What a crash loses in between is taken up at the next start, when
     * the index is brought up to the library again.
     */
    public void publish() {
        stale.set(true);
        if (!commitPending.getAndSet(true)) {
            committer.schedule(this::commitIfOpen, 1, TimeUnit.SECONDS);
        }
    }

    private void commitIfOpen() {
        commitPending.set(false);
        if (writer.isOpen()) {
            commit();
        }
    }

    /** Makes the changes durable and visible to searches. */
    public synchronized void commit() {
        try {
            writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
            writer.commit();
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the documents in the index. */
    public Set<String> documentIds() {
        return withSearcher(s -> {
            var ids = new HashSet<String>();
            for (var leaf : s.getIndexReader().leaves()) {
                var terms = leaf.reader().terms(Fields.DOCUMENT_ID);
                if (terms == null) {
                    continue;
                }
                var live = leaf.reader().getLiveDocs();
                var it = terms.iterator();
                PostingsEnum postings = null;
                for (var t = it.next(); t != null; t = it.next()) {
                    postings = it.postings(postings, PostingsEnum.NONE);
                    for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                        if (live == null || live.get(d)) {
                            ids.add(t.utf8ToString());
                            break;
                        }
                    }
                }
            }
            return ids;
        });
    }

    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs a read on a current searcher, released afterwards. */
    public <T> T withSearcher(SearcherWork<T> work) {
        try {
            if (stale.get()) {
                refresh();
            }
            var searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reopens the searcher on the writer's changes so far. */
    private void refresh() throws IOException {
        if (stale.getAndSet(false)) {
            try {
                searchers.maybeRefreshBlocking();
            } catch (IOException | RuntimeException e) {
                stale.set(true);
                throw e;
            }
        } else {
            searchers.maybeRefreshBlocking();
        }
    }

    @Override
    public void close() throws IOException {
        committer.shutdownNow();
        searchers.close();
        if (writer != null) {
            writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
            writer.close();   // commits what is pending
        }
        directory.close();
    }
}

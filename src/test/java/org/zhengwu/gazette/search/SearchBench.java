package org.zhengwu.gazette.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.store.FSDirectory;
import org.zhengwu.bench.BenchCorpus;
import org.zhengwu.bench.BenchQueries;
import org.zhengwu.gazette.SearchRequest;

/**
 * bench/search.sh: p50/p99 of the fixed 100 queries, top 10 with snippets, through the
 * application's search service ({@link Finder} over {@link SearchIndex}, as indexed by
 * {@link IndexedDocuments}), through raw Lucene doing the same work, and through OpenSearch
 * when a URL is given; the engines take turns query by query so that they share the machine's
 * moods. Usage: {@code SearchBench DOCS WORK_DIR [OPENSEARCH_URL]}. Ends with one JSON line.
 */
public final class SearchBench {

    static final int WARM_UP_ROUNDS = 3;
    static final int ROUNDS = 30;

    public static void main(String[] args) throws Exception {
        int docs = Integer.parseInt(args[0]);
        var work = Path.of(args[1]);
        var openSearchUrl = args.length > 2 ? args[2] : null;
        Files.createDirectories(work);
        var corpus = new BenchCorpus();
        var app = new SearchIndex(FSDirectory.open(work.resolve("app")));
        var raw = new RawLucene(work.resolve("raw"));
        var os = openSearchUrl == null ? null : new OpenSearchEngine(openSearchUrl);
        if (os != null) {
            os.createIndex();
        }
        // the engines index side by side, each in its own thread, each timed on its own
        var appTime = timed("app", docs, d -> app.put(d.id(), IndexedDocuments.of(d)), app::commit, corpus);
        var rawTime = timed("raw Lucene", docs, raw::add, raw::commit, corpus);
        var osTime = os == null ? null : timed("OpenSearch", docs, os::add, os::refresh, corpus);
        System.err.printf(Locale.ROOT, "indexing %d documents: app %.1f s, raw Lucene %.1f s, OpenSearch %s s (bulk over HTTP)%n",
                docs, appTime.get() / 1e9, rawTime.get() / 1e9, osTime == null ? "-" : String.format(Locale.ROOT, "%.1f", osTime.get() / 1e9));

        var queries = BenchQueries.of(corpus, docs, app.analyzer()).queries();
        var finder = new Finder(app);
        var today = LocalDate.of(2025, 1, 1);
        var appTimes = new ArrayList<Double>();
        var rawTimes = new ArrayList<Double>();
        var osTimes = new ArrayList<Double>();
        long appHits = 0;
        long rawHits = 0;
        long osHits = 0;
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            boolean measured = round >= WARM_UP_ROUNDS;
            for (var q : queries) {
                long s0 = System.nanoTime();
                int n1 = finder.find(SearchRequest.of(q.app()), today).hits().size();
                long s1 = System.nanoTime();
                int n2 = raw.search(q.plain());
                long s2 = System.nanoTime();
                int n3 = os == null ? 0 : os.search(q.plain());
                long s3 = System.nanoTime();
                if (measured) {
                    appTimes.add((s1 - s0) / 1e6);
                    rawTimes.add((s2 - s1) / 1e6);
                    osTimes.add((s3 - s2) / 1e6);
                    appHits += n1;
                    rawHits += n2;
                    osHits += n3;
                }
            }
        }
        System.err.printf(Locale.ROOT, "hits fetched per query: app %.1f, raw Lucene %.1f, OpenSearch %.1f%n",
                appHits / (double) appTimes.size(), rawHits / (double) rawTimes.size(), osHits / (double) appTimes.size());
        for (var kind : List.of("words", "phrase", "docNumber", "article")) {
            var appKind = new ArrayList<Double>();
            var rawKind = new ArrayList<Double>();
            for (int i = 0; i < appTimes.size(); i++) {
                if (queries.get(i % queries.size()).kind().equals(kind)) {
                    appKind.add(appTimes.get(i));
                    rawKind.add(rawTimes.get(i));
                }
            }
            System.err.printf(Locale.ROOT, "%-9s app p50 %.2f p99 %.2f | raw p50 %.2f p99 %.2f ms%n", kind,
                    pct(appKind, 50), pct(appKind, 99), pct(rawKind, 50), pct(rawKind, 99));
        }
        app.close();
        raw.close();
        double p99App = pct(appTimes, 99);
        double p99Raw = pct(rawTimes, 99);
        System.out.printf(Locale.ROOT, "{\"docs\": %d, \"queries\": %d, \"p50_app_ms\": %.2f, \"p99_app_ms\": %.2f, "
                        + "\"p50_lucene_ms\": %.2f, \"p99_lucene_ms\": %.2f, \"p50_opensearch_ms\": %s, \"p99_opensearch_ms\": %s, "
                        + "\"ratio_p99\": %.2f}%n", docs, appTimes.size(), pct(appTimes, 50), p99App, pct(rawTimes, 50),
                p99Raw, os == null ? "null" : String.format(Locale.ROOT, "%.2f", pct(osTimes, 50)),
                os == null ? "null" : String.format(Locale.ROOT, "%.2f", pct(osTimes, 99)), p99App / p99Raw);
    }

    @FunctionalInterface
    interface Step<T> {
        void run(T value) throws Exception;
    }

    @FunctionalInterface
    interface Finish {
        void run() throws Exception;
    }

    /** Indexes the corpus into one engine in a thread of its own; the future gives the nanoseconds taken. */
    static java.util.concurrent.Future<Long> timed(String name, int docs, Step<org.zhengwu.gazette.PublicDocument> add,
            Finish finish, BenchCorpus corpus) {
        var task = new java.util.concurrent.FutureTask<Long>(() -> {
            long start = System.nanoTime();
            for (int i = 0; i < docs; i++) {
                add.run(corpus.document(i));
                if (i > 0 && i % 25000 == 0) {
                    System.err.printf(Locale.ROOT, "%s: %d/%d (%.0f s)%n", name, i, docs, (System.nanoTime() - start) / 1e9);
                }
            }
            finish.run();
            return System.nanoTime() - start;
        });
        Thread.ofPlatform().name("index-" + name).start(task);
        return task;
    }

    static double pct(List<Double> values, int p) {
        var sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
    }
}

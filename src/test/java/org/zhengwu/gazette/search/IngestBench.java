package org.zhengwu.gazette.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.zhengwu.ZhengwuApplication;
import org.zhengwu.bench.BenchCorpus;
import org.zhengwu.gazette.GazetteImporter;
import org.zhengwu.gazette.GazettePublisher;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.CurrentActor;

/**
 * bench/ingest.sh: documents per second for parse + store + publish + index through the
 * application (its importer and publisher on an H2 file database, the index following the
 * publication events), and for raw Lucene indexing the same documents in the same run.
 * Usage: {@code IngestBench DOCS WORK_DIR}. Ends with one JSON line.
 */
public final class IngestBench {

    public static void main(String[] args) throws Exception {
        int docs = Integer.parseInt(args[0]);
        var work = Path.of(args[1]);
        Files.createDirectories(work);
        var corpus = new BenchCorpus();
        var files = new byte[docs][];
        for (int i = 0; i < docs; i++) {
            files[i] = corpus.text(i).getBytes(StandardCharsets.UTF_8);
        }
        double appRate = app(docs, work.resolve("app-data"), files);
        double rawRate = raw(docs, work.resolve("raw"), corpus);
        System.out.printf(Locale.ROOT, "{\"docs\": %d, \"docs_per_s_app\": %.1f, \"docs_per_s_lucene\": %.1f, \"ratio\": %.3f}%n",
                docs, appRate, rawRate, appRate / rawRate);
        System.exit(0);
    }

    private static double app(int docs, Path data, byte[][] files) throws Exception {
        try (var ctx = new SpringApplicationBuilder(ZhengwuApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run("--zhengwu.data-dir=" + data, "--db-scheduler.enabled=false", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off")) {
            var importer = ctx.getBean(GazetteImporter.class);
            var publisher = ctx.getBean(GazettePublisher.class);
            var index = ctx.getBean(SearchIndex.class);
            long start = System.nanoTime();
            CurrentActor.runAs(Actor.commandLine(), () -> {
                for (int i = 0; i < docs; i++) {
                    var issue = importer.importFile(files[i], "bench-" + i + ".txt").issue();
                    publisher.publish(issue.id());
                    if (i > 0 && i % 1000 == 0) {
                        System.err.printf(Locale.ROOT, "app: %d/%d (%.0f s)%n", i, docs, (System.nanoTime() - start) / 1e9);
                    }
                }
                return null;
            });
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (index.documentIds().size() < docs) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("index holds " + index.documentIds().size() + " of " + docs);
                }
                Thread.sleep(20);
            }
            long nanos = System.nanoTime() - start;
            System.err.printf(Locale.ROOT, "app: %d documents parsed, stored, published and indexed in %.1f s%n", docs, nanos / 1e9);
            return docs / (nanos / 1e9);
        }
    }

    private static double raw(int docs, Path dir, BenchCorpus corpus) throws Exception {
        var documents = new java.util.ArrayList<org.zhengwu.gazette.PublicDocument>(docs);
        for (int i = 0; i < docs; i++) {
            documents.add(corpus.document(i));
        }
        try (var raw = new RawLucene(dir)) {
            long start = System.nanoTime();
            for (var d : documents) {
                raw.add(d);
            }
            raw.commit();
            long nanos = System.nanoTime() - start;
            System.err.printf(Locale.ROOT, "raw Lucene: %d documents indexed in %.1f s%n", docs, nanos / 1e9);
            return docs / (nanos / 1e9);
        }
    }
}

package org.zhengwu.gazette.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.zhengwu.gazette.GazetteImporter;
import org.zhengwu.gazette.GazettePublisher;
import org.zhengwu.gazette.IssueSummary;

/**
 * The demo profile's gazette: 聊城市人民政府公报 2022年第3期, imported and published with its
 * documents proactive. After the first start the import finds it unchanged and publishes
 * nothing again. Runs after the demo directory (10) and accounts (20).
 */
@Component
@Profile("demo")
@Order(DemoGazette.ORDER)
class DemoGazette implements ApplicationRunner {

    static final int ORDER = 30;
    static final String SEED = "demo/gazette/liaocheng-2022-03.txt";
    private static final Logger log = LoggerFactory.getLogger(DemoGazette.class);

    private final GazetteImporter importer;
    private final GazettePublisher publisher;

    DemoGazette(GazetteImporter importer, GazettePublisher publisher) {
        this.importer = importer;
        this.publisher = publisher;
    }

    @Override
    public void run(ApplicationArguments args) {
        var issue = load();
        log.info("demo gazette: {} {}/{} version {}, {}", issue.title(), issue.year(), issue.number(), issue.version(),
                issue.status());
    }

    /** Imports the seed issue and publishes it unless it is published already. */
    IssueSummary load() {
        var seed = new ClassPathResource(SEED);
        try (var in = seed.getInputStream()) {
            var issue = importer.importFile(in.readAllBytes(), seed.getFilename()).issue();
            return issue.isPublished() ? issue : publisher.publish(issue.id());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SEED, e);
        }
    }
}

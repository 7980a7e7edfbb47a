package org.zhengwu.gazette.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.zhengwu.IntegrationTest;
import org.zhengwu.gazette.GazetteDocument;
import org.zhengwu.gazette.GazetteImporter;
import org.zhengwu.gazette.GazetteLibrary;
import org.zhengwu.gazette.GazettePublisher;
import org.zhengwu.gazette.IssueStatus;

/** The demo profile's gazette: the seed issue published once, whatever the number of starts. */
@IntegrationTest
class DemoGazetteTests {

    @Autowired
    GazetteImporter importer;
    @Autowired
    GazettePublisher publisher;
    @Autowired
    GazetteLibrary library;
    @Autowired
    ApplicationContext context;

    @Test
    void theSeedIssueIsImportedAndPublishedOnceWithItsDocumentsPublic() {
        var demo = new DemoGazette(importer, publisher);
        var first = demo.load();
        var again = demo.load();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.status()).isEqualTo(IssueStatus.PUBLISHED);
        assertThat(again.version()).isEqualTo(1);
        assertThat(library.publishedIssue(2022, 3)).isPresent();
        assertThat(library.issue(first.id()).orElseThrow().documents()).hasSize(9).allMatch(GazetteDocument::isPublic);
    }

    @Test
    void outsideTheDemoProfileNothingIsLoaded() {
        assertThat(context.getBeansOfType(DemoGazette.class)).isEmpty();
    }
}

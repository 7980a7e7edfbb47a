package org.zhengwu.document.outgoing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.zhengwu.IntegrationTest;
import org.zhengwu.directory.DirectoryImport;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PostId;

/** The demo directory of Liaocheng with the deputy for documents the demo names (演示假设). */
@IntegrationTest
class OutgoingDemoTests {

    @Autowired DirectoryImport imports;
    @Autowired GovernmentPosts posts;
    @Autowired OutgoingDesk desk;

    @Test
    @DisplayName("WR-58 in the demo: 市生态环境局's business deputy seat is vacant after 聊政任〔2022〕10号, so the deputy for documents reviews; WR-59.5 王峰's post signs")
    void theDemoGovernmentResolvesEveryPostOfTheChain() {
        imports.load(new ClassPathResource("demo/directory.yaml"));
        imports.load(new ClassPathResource("demo/document-outgoing.yaml"));
        var sthjj = new OrgUnitId("sthjj");
        assertThat(posts.reviewer(Reviewer.DOCUMENTS_DEPUTY, sthjj)).contains(new PostId("deputy-secretary-general-1"));
        assertThat(posts.reviewer(Reviewer.BUSINESS_DEPUTY, sthjj)).contains(new PostId("deputy-secretary-general-3"));
        assertThat(posts.directory().whoActsFor(new PostId("deputy-secretary-general-3"), LocalDate.of(2022, 4, 11)).person())
                .isNull();
        assertThat(posts.reviewer(Reviewer.SECRETARY_GENERAL, sthjj)).contains(new PostId("secretary-general"));
        assertThat(posts.ofKind(sthjj, "MAYOR")).contains(new PostId("mayor"));
        assertThat(posts.leaderInChargeOf(sthjj)).contains(new PostId("vice-mayor-1"));
        assertThat(posts.unitNamed(sthjj, desk.rules().legalityReviewerSuffix()).map(u -> u.id().value())).contains("sfj");
    }
}

package org.zhengwu.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengwu.IntegrationTest;
import org.zhengwu.gazette.domain.model.GazetteInputRefused;

/** Importing gazette files: one transaction, stable ids, versions with their differences. */
@IntegrationTest
class GazetteImporterTests {

    static final String[] NUMBERS = {"聊政发〔2022〕4号", "聊政办发〔2022〕1号", "聊政办字〔2022〕6号", "聊政办字〔2022〕7号",
        "聊政办字〔2022〕8号", "聊政办字〔2022〕9号", "聊政任〔2022〕9号", "聊政任〔2022〕10号", null};

    @Autowired
    GazetteImporter importer;
    @Autowired
    GazetteLibrary library;
    @Autowired
    GazettePublisher publisher;

    @Test
    @DisplayName("WR-62 the seed issue is stored with its nine documents in the order of its catalogue")
    void storesTheSeedIssueWithItsNineDocuments() {
        var result = importer.importFile(TestIssues.seedAs(81), TestIssues.FILE_NAME);
        assertThat(result).isInstanceOf(ImportResult.Stored.class);
        assertThat(result.issue()).satisfies(i -> {
            assertThat(i.title()).isEqualTo("聊城市人民政府公报");
            assertThat(List.of(i.year(), i.number(), i.serial(), i.version(), i.documents())).containsExactly(2022, 81, 981, 1, 9);
            assertThat(i.status()).isEqualTo(IssueStatus.DRAFT);
        });
        var documents = library.issue(result.issue().id()).orElseThrow().documents();
        assertThat(documents).extracting(GazetteDocument::docNumber).containsExactly(NUMBERS);
        assertThat(documents).extracting(GazetteDocument::section).startsWith("市政府文件", "市政府办公室文件");
        assertThat(documents).allSatisfy(d -> assertThat(d.disclosure()).isEqualTo(Disclosure.PROACTIVE));
    }

    @Test
    @DisplayName("the work rules' 89 articles are stored in order under the notice that issues them")
    void storesTheWorkRulesArticlesInOrder() {
        var issue = importer.importFile(TestIssues.seedAs(82), TestIssues.FILE_NAME).issue();
        var notice = library.issue(issue.id()).orElseThrow().documents().getFirst();
        var articles = library.view(notice.id()).orElseThrow().units().stream()
                .filter(u -> u.type().equals("article")).toList();
        assertThat(articles).hasSize(89);
        assertThat(articles.getFirst().num()).isEqualTo("第一条");
        assertThat(articles.get(55)).satisfies(a -> {
            assertThat(a.num()).isEqualTo("第五十六条");
            assertThat(a.eId()).isEqualTo("att_1__chp_9__art_56");
        });
        assertThat(articles.getLast().num()).isEqualTo("第八十九条");
    }

    @Test
    @DisplayName("the same file again changes nothing, and the ids stay")
    void theSameFileAgainChangesNothing() {
        var first = importer.importFile(TestIssues.seedAs(83), TestIssues.FILE_NAME);
        var ids = ids(first.issue());
        var again = importer.importFile(TestIssues.seedAs(83), "again.txt");
        assertThat(again).isInstanceOf(ImportResult.Unchanged.class);
        assertThat(again.issue().version()).isEqualTo(1);
        assertThat(ids(again.issue())).isEqualTo(ids);
        assertThat(library.issue(first.issue().id()).orElseThrow().revisions()).hasSize(1);
    }

    @Test
    @DisplayName("WR-33 a changed file becomes version 2 with its differences; ids and disclosure stay")
    void aChangedFileBecomesANewVersion() {
        var first = importer.importFile(TestIssues.seedAs(84), TestIssues.FILE_NAME).issue();
        var ids = ids(first);
        publisher.setDisclosure(ids.get(6), Disclosure.WITHHELD, "涉及个人信息", false);
        var changed = withoutChronicle(TestIssues.seedTextAs(84)).replace("每季度集中学法不少于1次", "每季度集中学法不少于2次");
        var result = (ImportResult.Stored) importer.importFile(TestIssues.bytes(changed), "v2.txt");
        assertThat(result.isNewVersion()).isTrue();
        assertThat(result.issue().version()).isEqualTo(2);
        assertThat(result.differences()).extracting(Difference::kind, Difference::documentId, Difference::eId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DifferenceKind.UNIT_CHANGED, ids.getFirst(), "att_1__chp_4__art_19__para_1"),
                        org.assertj.core.groups.Tuple.tuple(DifferenceKind.DOCUMENT_REMOVED, ids.getLast(), null));
        assertThat(ids(result.issue())).isEqualTo(ids.subList(0, 8));
        var detail = library.issue(first.id()).orElseThrow();
        assertThat(detail.documents().get(6).disclosure()).isEqualTo(Disclosure.WITHHELD);
        assertThat(detail.revisions()).extracting(Revision::number).containsExactly(1, 2);
        assertThat(detail.revisions().getLast().differences()).hasSize(2);
    }

    @Test
    @DisplayName("an import that fails half-way stores nothing")
    void aFailedImportStoresNothing() {
        int before = library.issues().size();
        ImportProgress failing = (step, done, total) -> {
            if (step == ImportStep.STORE && done == 5) {
                throw new IllegalStateException("interrupted");
            }
        };
        assertThatThrownBy(() -> importer.importFile(TestIssues.seedAs(85), TestIssues.FILE_NAME, failing))
                .hasMessage("interrupted");
        assertThat(library.issues()).hasSize(before).noneMatch(i -> i.number() == 85);
    }

    @Test
    @DisplayName("empty, binary and document-less files are refused and store nothing")
    void badFilesStoreNothing() {
        int before = library.issues().size();
        for (var bytes : List.of(new byte[0], new byte[] {0, 1, 2, (byte) 0xff, 0, 0, 7},
                TestIssues.bytes("hello world\nnothing official here\n"))) {
            assertThatThrownBy(() -> importer.importFile(bytes, "bad.txt")).isInstanceOf(GazetteInputRefused.class);
        }
        assertThat(library.issues()).hasSize(before);
    }

    @Test
    @DisplayName("a file with one document and no issue header is stored as a standalone document")
    void storesAStandaloneDocument() throws Exception {
        var text = new String(getClass().getResourceAsStream("/gazette/state-council-opinion.txt").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        var result = importer.importFile(TestIssues.bytes(text), "state-council-opinion.txt");
        assertThat(result.issue().standalone()).isTrue();
        assertThat(result.issue().documents()).isEqualTo(1);
        assertThat(importer.importFile(TestIssues.bytes(text), "again.txt")).isInstanceOf(ImportResult.Unchanged.class);
    }

    static String withoutChronicle(String text) {
        return text.substring(0, text.lastIndexOf("聊城市人民政府大事记"));
    }

    private List<String> ids(IssueSummary issue) {
        return library.issue(issue.id()).orElseThrow().documents().stream().map(GazetteDocument::id).toList();
    }
}

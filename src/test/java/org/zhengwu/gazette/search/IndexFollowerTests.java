package org.zhengwu.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.zhengwu.gazette.Disclosure;
import org.zhengwu.gazette.GazetteDocumentDisclosureSet;
import org.zhengwu.gazette.GazetteIssuePublished;
import org.zhengwu.gazette.GazetteLibrary;
import org.zhengwu.gazette.PublicDocument;
import org.zhengwu.gazette.SearchRequest;
import org.zhengwu.gazette.TextUnit;
import org.zhengwu.gazette.Validity;

/** The index follows the library: in when public, out when not, rebuilt when its layout changed. */
class IndexFollowerTests {

    final GazetteLibrary library = mock(GazetteLibrary.class);
    final SearchIndex index = new SearchIndex(new ByteBuffersDirectory());
    final IndexFollower follower = new IndexFollower(library, index);
    final Finder finder = new Finder(index);
    final PublicDocument doc = new PublicDocument("d1", "聊政办字〔2022〕8号", "聊城市应急救援队伍管理办法", "聊城市人民政府办公室",
            "NOTICE", "RULES", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31), LocalDate.of(2022, 5, 1),
            LocalDate.of(2027, 4, 30), null, Validity.NOT_YET_IN_FORCE, 2022, 3, List.of(
                    new TextUnit("art_19", null, 0, "article", "第十九条", null, "队员每年培训不少于48学时。"),
                    new TextUnit("art_19__para_2", "art_19", 1, "paragraph", null, null, "考核不合格的，不得参加应急救援。")));

    int found(String q) {
        return (int) finder.find(SearchRequest.of(q), LocalDate.of(2022, 6, 1)).total();
    }

    @Test
    void aDocumentThatStopsBeingPublicLeavesTheIndex() {
        when(library.publicDocument("d1")).thenReturn(Optional.of(doc));
        follower.on(new GazetteIssuePublished(7, "聊城市人民政府公报", 2022, 3, 1, doc.publishedOn(), List.of("d1")));
        assertThat(found("考核不合格")).isEqualTo(1);
        assertThat(index.documentIds()).containsExactly("d1");
        when(library.publicDocument("d1")).thenReturn(Optional.empty());
        follower.on(new GazetteDocumentDisclosureSet("d1", doc.docNumber(), doc.title(), Disclosure.WITHHELD, "涉密", true));
        assertThat(found("考核不合格")).isZero();
        assertThat(index.documentIds()).isEmpty();
    }

    @Test
    void atStartTheIndexIsBroughtUpToTheLibrary() {
        when(library.publicDocumentIds()).thenReturn(List.of("d1"));
        when(library.publicDocument("d1")).thenReturn(Optional.of(doc));
        index.put("gone", IndexedDocuments.of(new PublicDocument("gone", null, "旧文件", "某机关", "NOTICE", null, null,
                null, null, null, null, Validity.IN_FORCE, 2021, 1, List.of())));
        index.commit();
        follower.ensureCurrent();
        assertThat(index.documentIds()).containsExactly("d1");
        var hit = finder.find(SearchRequest.of("第19条"), LocalDate.of(2022, 6, 1)).hits().getFirst();
        assertThat(hit.eId()).isEqualTo("art_19");
        assertThat(hit.validity()).isEqualTo(Validity.IN_FORCE);
        assertThat(hit.snippet()).contains("<em>第十九条</em>").doesNotContain("<em>48");
    }
}

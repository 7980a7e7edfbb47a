package org.zhengwu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.zhengwu.IntegrationTest;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;

/** The demo directory built from the gazette: it loads idempotently and holds what the gazette says. */
@IntegrationTest
class DemoDirectoryTests {

    static final LocalDate MARCH_26 = LocalDate.of(2022, 3, 26);
    static final LocalDate MARCH_27 = LocalDate.of(2022, 3, 27);

    @Autowired
    DirectoryImport imports;
    @Autowired
    Directory directory;

    @BeforeEach
    void loadTheDemo() {
        imports.load(new ClassPathResource("demo/directory.yaml"));
    }

    @Test
    void loadingItAgainAddsNothing() {
        var again = imports.load(new ClassPathResource("demo/directory.yaml"));
        assertThat(again.total()).isZero();
    }

    @Test
    @DisplayName("the gazette's units, found by their full names and by the gazette's short forms")
    void holdsTheGazettesUnits() {
        assertThat(directory.findUnit("市生态环境局")).get().extracting(OrgUnit::name).isEqualTo("聊城市生态环境局");
        assertThat(directory.findUnit("市住房城乡建设局")).get().extracting(OrgUnit::name).isEqualTo("聊城市住房和城乡建设局");
        assertThat(directory.findUnit("市司法局")).get().extracting(OrgUnit::id).isEqualTo(new OrgUnitId("sfj"));
        assertThat(directory.findUnit("市 12345 市民热线受理中心")).get().extracting(OrgUnit::id)
                .isEqualTo(new OrgUnitId("rx12345"));
        assertThat(directory.findUnit("聊城黄河河务局")).get().extracting(OrgUnit::kind).isEqualTo(UnitKind.EXTERNAL);
    }

    @Test
    @DisplayName("the 8 county-level divisions and the 3 development zones")
    void holdsTheCountiesAndZones() {
        assertThat(directory.units()).filteredOn(u -> u.kind() == UnitKind.COUNTY).extracting(OrgUnit::name)
                .contains("东昌府区", "茌平区", "临清市", "阳谷县", "莘县", "东阿县", "冠县", "高唐县");
        assertThat(directory.units()).filteredOn(u -> u.kind() == UnitKind.DEVELOPMENT_ZONE).extracting(OrgUnit::name)
                .contains("聊城经济技术开发区", "聊城高新技术产业开发区", "江北水城旅游度假区");
        assertThat(directory.findUnit("莘县人民政府")).get().extracting(OrgUnit::id).isEqualTo(new OrgUnitId("shenxian"));
        assertThat(directory.findUnit("高新区")).get().extracting(OrgUnit::id).isEqualTo(new OrgUnitId("gxq"));
    }

    @Test
    @DisplayName("the leaders as the chronicle names them: 李长萍 mayor, 陈秀兴 executive, 贾鹏柱 secretary-general")
    void holdsTheLeaders() {
        assertThat(directory.holderOf(new PostId("mayor"), MARCH_26)).get().extracting(Person::name).isEqualTo("李长萍");
        assertThat(directory.holderOf(new PostId("executive-vice-mayor"), MARCH_26)).get().extracting(Person::name)
                .isEqualTo("陈秀兴");
        assertThat(directory.postsOfKind("VICE_MAYOR")).extracting(p -> directory.holderOf(p.id(), MARCH_26)
                .map(Person::name).orElse("")).contains("王峰", "张建军", "李强");
        assertThat(directory.headOf(new OrgUnitId("general-office"), MARCH_26)).get().extracting(Person::name)
                .isEqualTo("贾鹏柱");
    }

    @Test
    @DisplayName("the holders of several post kinds at once: the kinds in the order asked, each kind's posts in rank order, as post by post")
    void holdersOfKindsAsPostByPost() {
        var kinds = java.util.List.of("MAYOR", "VICE_MAYOR", "DEPUTY_SECRETARY_GENERAL");
        for (var day : java.util.List.of(MARCH_26, MARCH_27)) {
            var postByPost = kinds.stream().flatMap(k -> directory.postsOfKind(k).stream())
                    .flatMap(p -> directory.holderOf(p.id(), day).stream()).toList();
            assertThat(directory.holdersOfKinds(kinds, day)).isEqualTo(postByPost).hasSizeGreaterThan(5);
        }
        assertThat(directory.holdersOfKinds(kinds, MARCH_26)).extracting(Person::name).contains("丁洁清").doesNotContain("郭志刚");
        assertThat(directory.holdersOfKinds(kinds, MARCH_27)).extracting(Person::name).contains("郭志刚").doesNotContain("丁洁清");
        assertThat(directory.holdersOfKinds(java.util.List.of(), MARCH_27)).isEmpty();
    }

    @Test
    @DisplayName("AP-1 聊政任〔2022〕10号: 郭志刚 deputy secretary-general from 2022-03-27, 丁洁清 until then")
    void followsTheAppointmentNotice() {
        var seat = new PostId("deputy-secretary-general-2");
        assertThat(directory.holderOf(seat, MARCH_26)).get().extracting(Person::name).isEqualTo("丁洁清");
        assertThat(directory.holderOf(seat, MARCH_27)).get().extracting(Person::name).isEqualTo("郭志刚");
        assertThat(directory.history(seat)).last().satisfies(t -> assertThat(t.qualifiers()).containsExactly("列杨国强之后"));
        assertThat(directory.postsOf(new PersonId("jia-xiangyun"), MARCH_26)).extracting(Post::kind)
                .contains("DEPUTY_SECRETARY_GENERAL");
        assertThat(directory.postsOf(new PersonId("jia-xiangyun"), MARCH_27)).extracting(Post::title)
                .containsExactly("市南水北调工程建设管理局局长");
        assertThat(directory.headOf(new OrgUnitId("gjj"), MARCH_27)).get().extracting(Person::name).isEqualTo("李沛森");
        assertThat(directory.headOf(new OrgUnitId("gjj"), MARCH_26)).get().extracting(Person::name).isEqualTo("邓丽");
    }

    @Test
    void aDepartmentWhoseHeadTheGazetteDoesNotNameHasNone() {
        // 市水利局: no clerk account, so no demo stand-in head either (demo/department-heads.yaml)
        assertThat(directory.headPostOf(new OrgUnitId("slj"))).get().extracting(Post::title).isEqualTo("市水利局局长");
        assertThat(directory.headOf(new OrgUnitId("slj"), MARCH_27)).isEmpty();
    }

    @Test
    @DisplayName("WR-8 in the demo: 王峰 on leave → 张建军 is his substitute; the audit bureau is the mayor's (WR-10)")
    void holdsPortfoliosAndSubstitutes() {
        assertThat(directory.substituteFor(new PostId("vice-mayor-1"))).get().extracting(Post::id)
                .isEqualTo(new PostId("vice-mayor-3"));
        assertThat(directory.inChargeOf(new OrgUnitId("sjj"))).get().extracting(Post::id).isEqualTo(new PostId("mayor"));
        assertThat(directory.inChargeOf(new OrgUnitId("sthjj"))).get().extracting(Post::kind).isEqualTo("VICE_MAYOR");
        assertThat(directory.deputyInChargeOf(new OrgUnitId("zjj"))).get().extracting(Post::kind)
                .isEqualTo("DEPUTY_SECRETARY_GENERAL");
        assertThat(directory.portfolioOf(new PostId("vice-mayor-1"))).extracting(OrgUnit::shortName)
                .contains("市生态环境局", "市水利局");
    }
}

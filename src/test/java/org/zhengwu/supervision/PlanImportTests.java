package org.zhengwu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengwu.supervision.SupervisionFixture.OFFICE;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengwu.IntegrationTest;
import org.zhengwu.MutableClock;
import org.zhengwu.audit.AuditQuery;
import org.zhengwu.audit.AuditTrail;
import org.zhengwu.directory.DirectoryImport;
import org.zhengwu.gazette.GazetteImporter;
import org.zhengwu.gazette.GazetteLibrary;
import org.zhengwu.gazette.GazettePublisher;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;

/** WR-67, WA-task: the water plan's tasks from the seed gazette become items of the ledger. */
@IntegrationTest
class PlanImportTests {

    @Autowired PlanImport imports;
    @Autowired SupervisionLedger ledger;
    @Autowired DirectoryImport directory;
    @Autowired GazetteImporter importer;
    @Autowired GazettePublisher publisher;
    @Autowired GazetteLibrary library;
    @Autowired AuditTrail audit;
    @Autowired MutableClock clock;

    String plan;

    @BeforeEach
    void seed() {
        clock.setDate(LocalDate.of(2022, 4, 6));
        plan = SupervisionFixture.waterPlan(91, directory, importer, publisher, library);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("WA-task the preview matches units to the directory, expands collectives and keeps unknown names")
    void previewMatchesUnits() {
        var preview = imports.preview(plan, Map.of());
        assertThat(preview.items()).hasSizeGreaterThan(10);
        var first = preview.items().getFirst();
        assertThat(first.leadUnits()).extracting(u -> u.orgUnit()).contains("zjj", "cgj");
        assertThat(first.responsibleUnits()).extracting(u -> u.orgUnit()).contains("yanggu", "shenxian", "jkq", "gxq");
        assertThat(first.responsibleUnits()).allSatisfy(u -> assertThat(u.collective()).isNotNull());
        assertThat(preview.items()).anySatisfy(t -> assertThat(t.due()).isEqualTo(LocalDate.of(2022, 12, 31)));
        assertThat(preview.items()).anySatisfy(t -> assertThat(t.cycle()).isEqualTo(Cycle.QUARTERLY));
        assertThat(preview.unresolved()).contains("各市直有关部门");
    }

    @Test
    @DisplayName("WA-task the seed's 牵头单位：莘县、阳谷县人民政府 is two lead units, 莘县 and 阳谷县, both matched")
    void sharedSuffixLeadUnitsAreSplit() {
        var preview = imports.preview(plan, Map.of());
        assertThat(preview.items()).filteredOn(t -> t.title().startsWith("莘县、阳谷县要建立客水引调涵闸联动管控机制"))
                .singleElement().satisfies(t -> assertThat(t.leadUnits())
                        .extracting(u -> u.name(), u -> u.orgUnit())
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("莘县人民政府", "shenxian"),
                                org.assertj.core.groups.Tuple.tuple("阳谷县人民政府", "yanggu")));
        assertThat(preview.unresolved()).doesNotContain("莘县、阳谷县人民政府", "莘县人民政府", "阳谷县人民政府");
    }

    @Test
    @DisplayName("WR-67 a dry run stores nothing; the import adds each task once; the second import adds nothing and says so")
    void importIsIdempotent() {
        var dry = imports.importPlan(plan, Map.of(), true);
        assertThat(dry.added()).isZero();
        int before = ledger.ofGazetteDocument(plan).size();
        assertThat(before).isZero();
        var first = CurrentActor.runAs(OFFICE, () -> imports.importPlan(plan, Map.of(), false));
        var items = ledger.ofGazetteDocument(plan);
        assertThat(first.added()).isEqualTo(items.size()).isEqualTo(dry.preview().items().size());
        assertThat(items).allSatisfy(i -> {
            assertThat(i.status()).isEqualTo(ItemStatus.PROPOSED);
            assertThat(i.eId()).isNotBlank();
            assertThat(i.sourceRef()).isEqualTo(plan + "#" + i.eId());
        });
        assertThat(items).anySatisfy(i -> assertThat(i.hasUnresolvedUnits()).isTrue());
        var second = CurrentActor.runAs(OFFICE, () -> imports.importPlan(plan, Map.of(), false));
        assertThat(second.added()).isZero();
        assertThat(second.alreadyThere()).isEqualTo(first.added());
        assertThat(ledger.ofGazetteDocument(plan)).hasSize(items.size());
        assertThat(audit.search(new AuditQuery(null, "supervision.plan-imported", "gazette-document", plan, null, 10)))
                .hasSize(2);
    }

    @Test
    @DisplayName("WA-task an unknown document, or a choice of a unit that does not exist, is refused with its field")
    void badInputIsRefused() {
        assertThatThrownBy(() -> imports.preview("聊政办字〔2022〕99号", Map.of()))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("document"));
        assertThatThrownBy(() -> imports.importPlan(plan, Map.of("各市直有关部门", "no-such-unit"), false))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.field()).isEqualTo("unit");
                    assertThat(e.rule().value()).isEqualTo("WA-task");
                });
    }
}

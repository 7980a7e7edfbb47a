package org.zhengwu.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.zhengwu.IntegrationTest;
import org.zhengwu.MutableClock;
import org.zhengwu.audit.AuditQuery;
import org.zhengwu.audit.AuditTrail;
import org.zhengwu.kernel.UserError;
import tools.jackson.databind.json.JsonMapper;

/** Disclosure (WR-33), publishing (OG-5a, WR-62) and the events other modules listen to. */
@IntegrationTest
@RecordApplicationEvents
class GazettePublisherTests {

    @Autowired
    GazetteImporter importer;
    @Autowired
    GazettePublisher publisher;
    @Autowired
    GazetteLibrary library;
    @Autowired
    ApplicationEvents events;
    @Autowired
    AuditTrail audit;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<GazetteDocument> draft(int number) {
        var issue = importer.importFile(TestIssues.seedAs(number), TestIssues.FILE_NAME).issue();
        return library.issue(issue.id()).orElseThrow().documents();
    }

    @Test
    @DisplayName("WR-33 依申请公开 or 不予公开 without a reason is refused")
    void aReasonIsNeededToWithhold() {
        var doc = draft(61).get(1);
        for (var disclosure : List.of(Disclosure.ON_REQUEST, Disclosure.WITHHELD)) {
            assertThatThrownBy(() -> publisher.setDisclosure(doc.id(), disclosure, "  ", false))
                    .isInstanceOfSatisfying(UserError.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("gazette.disclosure.reason-required");
                        assertThat(e.rule().value()).isEqualTo("WR-33");
                    });
        }
        assertThatThrownBy(() -> publisher.setDisclosure(doc.id(), Disclosure.PROACTIVE, null, true))
                .hasMessage("gazette.disclosure.classified-proactive");
        var set = publisher.setDisclosure(doc.id(), Disclosure.ON_REQUEST, "涉及正在研究的事项", false);
        assertThat(set.disclosure()).isEqualTo(Disclosure.ON_REQUEST);
        assertThat(set.disclosureReason()).isEqualTo("涉及正在研究的事项");
        assertThat(events.stream(GazetteDocumentDisclosureSet.class)).hasSize(1);
    }

    @Test
    @DisplayName("OG-5a publishing makes proactive documents public; withheld and classified ones stay out")
    void publishingMakesProactiveDocumentsPublic() {
        var docs = draft(62);
        publisher.setDisclosure(docs.get(6).id(), Disclosure.WITHHELD, "涉及个人信息", false);
        publisher.setDisclosure(docs.get(5).id(), Disclosure.WITHHELD, "涉密", true);
        assertThat(library.publicView(docs.getFirst().id())).isEmpty();
        var issue = publisher.publish(docs.getFirst().issue().id());
        assertThat(issue.status()).isEqualTo(IssueStatus.PUBLISHED);
        assertThat(library.publicView(docs.getFirst().id())).isPresent();
        assertThat(library.publicView(docs.get(6).id())).isEmpty();
        assertThat(library.publicView(docs.get(5).id())).isEmpty();
        assertThat(library.publicDocuments().map(PublicDocument::id)).contains(docs.getFirst().id())
                .doesNotContain(docs.get(5).id(), docs.get(6).id());
        var catalogue = library.publishedIssue(2022, 62).orElseThrow().sections().stream()
                .flatMap(s -> s.entries().stream()).toList();
        assertThat(catalogue).hasSize(7).extracting(IssueView.Entry::documentId).doesNotContain(docs.get(6).id());
        assertThatThrownBy(() -> publisher.publish(issue.id())).hasMessage("gazette.publish.already");
    }

    @Test
    @DisplayName("OG-5a WR-62 AP-1 CH-1 LG-1 publishing announces each public document and what was extracted from it")
    void publishingAnnouncesDocumentsAndItems() {
        var docs = draft(63);
        publisher.publish(docs.getFirst().issue().id());
        assertThat(events.stream(GazetteIssuePublished.class)).singleElement()
                .satisfies(e -> assertThat(e.publicDocumentIds()).hasSize(9));
        assertThat(events.stream(GazetteDocumentPublished.class)).hasSize(9)
                .anySatisfy(e -> assertThat(e.docNumber()).isEqualTo("聊政办字〔2022〕8号"));
        assertThat(events.stream(AppointmentsPublished.class).mapToInt(e -> e.entries().size()).sum()).isEqualTo(21);
        assertThat(events.stream(AppointmentsPublished.class).flatMap(e -> e.entries().stream()))
                .anySatisfy(e -> assertThat(e.qualifiers()).containsExactly("列杨国强之后"));
        assertThat(events.stream(ChronicleEntriesPublished.class).mapToInt(e -> e.entries().size()).sum()).isEqualTo(25);
        assertThat(events.stream(PlanItemsPublished.class).mapToInt(e -> e.items().size()).sum()).isEqualTo(44);
        assertThat(events.stream(TasksPublished.class).mapToInt(e -> e.tasks().size()).sum()).isEqualTo(43);
        assertThat(events.stream(TasksPublished.class).flatMap(e -> e.tasks().stream()))
                .anySatisfy(t -> assertThat(t.deadline()).isEqualTo(LocalDate.of(2022, 12, 31)));
        var published = audit.search(new AuditQuery(null, "gazette.issue-published", "gazette-issue",
                Long.toString(docs.getFirst().issue().id()), null, 10));
        assertThat(published).singleElement().satisfies(r -> assertThat(r.ruleIds()).contains("OG-5a", "WR-62"));
    }

    @Test
    @DisplayName("every event fits the event publication registry (8,000 characters): long lists come in parts")
    void everyEventFitsTheRegistry() {
        var docs = draft(64);
        publisher.publish(docs.getFirst().issue().id());
        var json = JsonMapper.builder().findAndAddModules().build();
        assertThat(events.stream()).filteredOn(e -> e.getClass().getPackageName().equals("org.zhengwu.gazette"))
                .allSatisfy(e -> assertThat(json.writeValueAsString(e).length()).isLessThan(8000));
        assertThat(events.stream(TasksPublished.class)).anySatisfy(e -> assertThat(e.parts()).isGreaterThan(1));
    }

    @Test
    @DisplayName("WR-33 after publishing, a withheld document can only be turned proactive (the periodic review), and is then announced")
    void afterPublishingOnlyTheReviewTurnsADocumentPublic() {
        var docs = draft(65);
        publisher.setDisclosure(docs.get(2).id(), Disclosure.ON_REQUEST, "正在征求意见", false);
        publisher.publish(docs.getFirst().issue().id());
        assertThatThrownBy(() -> publisher.setDisclosure(docs.get(1).id(), Disclosure.WITHHELD, "撤回", false))
                .hasMessage("gazette.disclosure.published");
        events.clear();
        publisher.setDisclosure(docs.get(2).id(), Disclosure.PROACTIVE, null, false);
        assertThat(library.publicView(docs.get(2).id())).isPresent();
        assertThat(events.stream(GazetteDocumentPublished.class)).singleElement()
                .satisfies(e -> assertThat(e.documentId()).isEqualTo(docs.get(2).id()));
        assertThat(events.stream(TasksPublished.class)).isNotEmpty();
    }

    @Test
    @DisplayName("the rescue-team rules are 尚未施行 on 2022-04-30, 现行有效 on 2022-05-01, 已失效 on 2027-05-01")
    void validityFollowsTheDates() {
        var rescue = draft(66).get(4);
        assertThat(rescue.docNumber()).isEqualTo("聊政办字〔2022〕8号");
        assertThat(library.validity(rescue.id(), LocalDate.of(2022, 4, 30))).contains(Validity.NOT_YET_IN_FORCE);
        assertThat(library.validity(rescue.id(), LocalDate.of(2022, 5, 1))).contains(Validity.IN_FORCE);
        assertThat(library.validity(rescue.id(), LocalDate.of(2027, 4, 30))).contains(Validity.IN_FORCE);
        assertThat(library.validity(rescue.id(), LocalDate.of(2027, 5, 1))).contains(Validity.EXPIRED);
    }

    @Test
    @DisplayName("WR-62 a recorded repeal makes a published document 已废止 from its day; a draft cannot be repealed")
    void aRepealEndsADocument() {
        var docs = draft(67);
        var rules = docs.getFirst();
        assertThatThrownBy(() -> publisher.recordAmendment(rules.id(), Amendment.Kind.REPEALED, "聊政发〔2023〕1号",
                LocalDate.of(2023, 1, 1), null)).hasMessage("gazette.amendment.not-published");
        publisher.publish(rules.issue().id());
        assertThatThrownBy(() -> publisher.recordAmendment(rules.id(), Amendment.Kind.REPEALED, "一号文件",
                LocalDate.of(2023, 1, 1), null)).hasMessage("gazette.amendment.doc-number");
        publisher.recordAmendment(rules.id(), Amendment.Kind.AMENDED, "聊政发(2022)20号", LocalDate.of(2022, 9, 1), "修改第十九条");
        publisher.recordAmendment(rules.id(), Amendment.Kind.REPEALED, "聊政发[2023]1号", LocalDate.of(2023, 1, 1), null);
        assertThat(library.validity(rules.id(), LocalDate.of(2022, 12, 31))).contains(Validity.IN_FORCE);
        assertThat(library.validity(rules.id(), LocalDate.of(2023, 1, 1))).contains(Validity.REPEALED);
        clock.setDate(LocalDate.of(2023, 2, 1));
        var view = library.publicView(rules.id()).orElseThrow();
        assertThat(view.validity()).isEqualTo(Validity.REPEALED);
        assertThat(view.amendments()).extracting(Amendment::byDocNumber).containsExactly("聊政发〔2022〕20号", "聊政发〔2023〕1号");
        assertThat(events.stream(GazetteDocumentAmended.class)).hasSize(2);
    }
}

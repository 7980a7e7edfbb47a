package org.zhengwu.document.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengwu.document.outgoing.OutgoingFixture.as;
import static org.zhengwu.document.outgoing.OutgoingFixture.draft;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.zhengwu.IntegrationTest;
import org.zhengwu.document.OutgoingDocumentReleased;
import org.zhengwu.gazette.Disclosure;
import org.zhengwu.gazette.GazetteLibrary;
import org.zhengwu.gazette.GazetteQueue;
import org.zhengwu.gazette.QueuedDocument;
import org.zhengwu.gazette.OutgoingDocumentQueuedForGazette;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.UserError;

/** What must hold before drafting, sign-off and release: WR-33, WR-22, WR-36, WR-60, WR-62. */
@IntegrationTest
@RecordApplicationEvents
class OutgoingPreconditionTests extends OutgoingTestBase {

    @Autowired ApplicationEvents events;
    @Autowired GazetteLibrary gazette;
    @Autowired GazetteQueue gazetteQueue;

    List<String> waitingIds() {
        return gazetteQueue.waiting().stream().map(QueuedDocument::sourceId).toList();
    }

    static void refusedBy(Runnable action, String rule, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserError.class, e -> {
            assertThat(e.rule()).as("rule").isNotNull();
            assertThat(e.rule().value()).isEqualTo(rule);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @Test
    @DisplayName("WR-33 the disclosure attribute is set at drafting; WITHHELD and ON_REQUEST without a reason are refused, nothing stored")
    void disclosureNeedsAReasonUnlessProactive() {
        var before = as(gov.office(), () -> reading.list(500)).size();
        refusedBy(() -> drafted("a", draft(Issuer.GOVERNMENT, Category.OTHER).disclosure(null, null)), "WR-33", "disclosure");
        refusedBy(() -> drafted("a", draft(Issuer.GOVERNMENT, Category.OTHER).disclosure(Disclosure.WITHHELD, " ")),
                "WR-33", "disclosureReason");
        refusedBy(() -> drafted("a", draft(Issuer.GOVERNMENT, Category.OTHER).disclosure(Disclosure.ON_REQUEST, null)),
                "WR-33", "disclosureReason");
        assertThat(as(gov.office(), () -> reading.list(500))).hasSize(before);
        var id = drafted("a", draft(Issuer.GOVERNMENT, Category.OTHER).disclosure(Disclosure.ON_REQUEST, "涉及第三方商业信息"));
        assertThat(view(id).draft().disclosureReason()).isEqualTo("涉及第三方商业信息");
    }

    @Test
    @DisplayName("WR-22, WR-47d a normative document is not signed off before the justice bureau's legality review; only the justice bureau records it")
    void aNormativeDocumentNeedsTheLegalityReviewBeforeSignOff() {
        var id = approved(draft(Issuer.GOVERNMENT, Category.NORMATIVE).interpretation("政策解读：一、制定背景"));
        refusedBy(() -> signs(id, "mayor", Role.MAYOR), "WR-22", "legalityReview");
        assertThatThrownBy(() -> as(gov.clerk("b"), () -> signOff.recordLegalityReview(id, "同意")))
                .isInstanceOf(AccessDeniedException.class);
        as(gov.clerk("justice"), () -> signOff.recordLegalityReview(id, "经审查，未发现违法设定行政许可、处罚、强制事项"));
        assertThat(signs(id, "mayor", Role.MAYOR)).startsWith("聊政发〔2022〕");
        assertThat(view(id).steps()).extracting(Step::kind).contains(StepKind.LEGALITY_REVIEWED);
    }

    @Test
    @DisplayName("WR-36 a policy document is not signed off without its interpretation material")
    void aPolicyDocumentNeedsItsInterpretationToBeSignedOff() {
        var id = approved(draft(Issuer.GOVERNMENT, Category.MAJOR_POLICY));
        refusedBy(() -> signs(id, "mayor", Role.MAYOR), "WR-36", "interpretation");
        assertThat(view(id).draft().status()).isEqualTo(Status.AWAITING_SIGN_OFF);
    }

    @Test
    @DisplayName("WR-36 a policy document whose interpretation was not approved with it is not released")
    void aPolicyDocumentWithoutApprovedInterpretationIsNotReleased() {
        var signedWithout = new Draft(1, 3, Status.SIGNED, Issuer.GOVERNMENT, Category.MAJOR_POLICY, "t", "b",
                java.util.List.of("x"), java.util.List.of(), gov.unit("a"), "c", Disclosure.PROACTIVE, null,
                Classification.NONE, null, Urgency.NONE, java.util.List.of(), false, null, false, true, "解读", false, null,
                null, 0, null, null, "聊政发〔2022〕9号", APRIL_11, null);
        refusedBy(() -> DraftChecks.interpretationApproved(desk.rules(), signedWithout), "WR-36", "interpretation");
        var id = approved(draft(Issuer.GOVERNMENT, Category.MAJOR_POLICY).interpretation("解读材料：三个关键词"));
        signs(id, "mayor", Role.MAYOR);
        assertThat(view(id).draft().interpretationApproved()).isTrue();
        as(gov.office(), () -> release.release(id));
        var queued = events.stream(OutgoingDocumentQueuedForGazette.class).filter(e -> e.documentId().equals(Long.toString(id)))
                .findFirst().orElseThrow();
        assertThat(queued.interpretation()).isEqualTo("解读材料：三个关键词");
    }

    @Test
    @DisplayName("WR-60 a department's document to the counties saying 经市政府同意 must reference a signed government approval")
    void aDepartmentDocumentSayingTheGovernmentAgreedReferencesTheApproval() {
        var text = "各县（市、区）人民政府：\n经市政府同意，现将有关事项通知如下。";
        var missing = drafted("a", draft(Issuer.DEPARTMENT, Category.OTHER).body(text).prefix("聊环发"));
        refusedBy(() -> as(gov.clerk("a"), () -> desk.submit(missing)), "WR-60", "approvalReference");
        var unknown = drafted("a", draft(Issuer.DEPARTMENT, Category.OTHER).body(text).prefix("聊环发").approval("聊政字〔2022〕999号"));
        refusedBy(() -> as(gov.clerk("a"), () -> desk.submit(unknown)), "WR-60", "approvalReference");
        var approval = approved(draft(Issuer.GOVERNMENT, Category.ROUTINE_APPROVAL).authorised(gov.post("secgen")));
        var number = signs(approval, "secgen", Role.SECRETARY_GENERAL);
        var id = drafted("a", draft(Issuer.DEPARTMENT, Category.OTHER).body(text).prefix("聊环发").approval(number));
        as(gov.clerk("a"), () -> desk.submit(id));
        assertThat(as(gov.clerk("a"), () -> reading.view(id)).steps().getLast().rule()).isEqualTo("WR-60");
        var signed = as(gov.headOfA(), () -> signOff.signOff(id, "签发"));
        assertThat(signed).startsWith("聊环发〔2022〕");
    }

    @Test
    @DisplayName("WR-60 a department's document without 经市政府同意, or to no lower government, needs no approval")
    void otherDepartmentDocumentsNeedNoApproval() {
        var id = drafted("a", draft(Issuer.DEPARTMENT, Category.OTHER).addressees(gov.name("county")).prefix("聊环函")
                .body("现将监测数据通报如下。"));
        as(gov.clerk("a"), () -> desk.submit(id));
        assertThat(as(gov.clerk("a"), () -> reading.view(id)).draft().status()).isEqualTo(Status.AWAITING_SIGN_OFF);
        var toCounty = drafted("a", draft(Issuer.DEPARTMENT, Category.OTHER).addressees(gov.name("county")).prefix("聊环函")
                .body("经市政府同意，现通知如下。"));
        refusedBy(() -> as(gov.clerk("a"), () -> desk.submit(toCounty)), "WR-60", "approvalReference");
    }

    @Test
    @DisplayName("WR-62 a PROACTIVE document is queued for the gazette; WR-33 WITHHELD and classified ones never are, nor reach the public gazette")
    void onlyProactiveUnclassifiedDocumentsAreQueuedForTheGazette() {
        var open = approved(draft(Issuer.GOVERNMENT, Category.OTHER).title("公开的通知" + gov.prefix));
        var withheld = approved(draft(Issuer.GOVERNMENT, Category.OTHER).title("不予公开的通知" + gov.prefix)
                .disclosure(Disclosure.WITHHELD, "内部事务"));
        var secret = approved(draft(Issuer.GOVERNMENT, Category.OTHER).title("秘密的通知" + gov.prefix).classified(Classification.SECRET));
        for (var id : new long[] {open, withheld, secret}) {
            signs(id, "vm1", Role.VICE_MAYOR);
            as(gov.office(), () -> release.release(id));
        }
        var released = events.stream(OutgoingDocumentReleased.class).map(OutgoingDocumentReleased::documentId).toList();
        assertThat(released).contains(Long.toString(open), Long.toString(withheld), Long.toString(secret));
        var queued = events.stream(OutgoingDocumentQueuedForGazette.class).map(OutgoingDocumentQueuedForGazette::documentId).toList();
        assertThat(queued).contains(Long.toString(open)).doesNotContain(Long.toString(withheld), Long.toString(secret));
        assertThat(gazette.publicDocuments()).noneMatch(d -> d.title().contains(gov.prefix));
        // the gazette takes the offered document into its queue (待刊登), and only that one
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> waitingIds().contains(Long.toString(open)));
        assertThat(waitingIds()).doesNotContain(Long.toString(withheld), Long.toString(secret));
    }

    @Test
    @DisplayName("classified: only those who take part read it, and every read is audited")
    void aClassifiedDocumentIsReadOnlyByThoseTakingPart() {
        var id = drafted("a", draft(Issuer.GOVERNMENT, Category.OTHER).classified(Classification.CONFIDENTIAL));
        assertThatThrownBy(() -> as(gov.office(), () -> reading.view(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(gov.clerk("b"), () -> reading.view(id))).isInstanceOf(AccessDeniedException.class);
        as(gov.clerk("a"), () -> desk.submit(id));
        var seen = as(gov.leader("dsg1", Role.DEPUTY_SECRETARY_GENERAL), () -> reading.view(id));
        assertThat(seen.draft().id()).isEqualTo(id);
        assertThat(events.stream(OutgoingClassifiedRead.class).filter(e -> e.draftId() == id)).hasSize(1);
    }

    @Test
    @DisplayName("a correction that adds 保密期限 and 特急 is audited with the marks; a period without a 密级 is refused")
    void aCorrectionOfTheHeadMarksIsAudited() {
        var id = drafted("a", draft(Issuer.GOVERNMENT, Category.OTHER).classified(Classification.SECRET));
        as(gov.clerk("a"), () -> desk.correct(id, draft(Issuer.GOVERNMENT, Category.OTHER)
                .classified(Classification.SECRET).secrecyPeriod(5).urgency(Urgency.EXTRA_URGENT).input()));
        var corrected = events.stream(OutgoingStepTaken.class)
                .filter(e -> e.draftId() == id && e.kind() == StepKind.CORRECTED).findFirst().orElseThrow();
        assertThat(corrected.summary()).contains("period 5 years", "urgency EXTRA_URGENT");
        assertThat(desk.find(id).secrecyPeriod()).isEqualTo(5);
        assertThat(desk.find(id).urgency()).isEqualTo(Urgency.EXTRA_URGENT);

        assertThatThrownBy(() -> as(gov.clerk("a"), () -> desk.correct(id, draft(Issuer.GOVERNMENT, Category.OTHER)
                .secrecyPeriod(5).input()))).isInstanceOfSatisfying(UserError.class,
                        e -> assertThat(e.field()).isEqualTo("secrecyPeriod"));
        assertThat(desk.find(id).secrecyPeriod()).isEqualTo(5);
    }
}

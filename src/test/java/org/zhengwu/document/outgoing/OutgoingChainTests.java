package org.zhengwu.document.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengwu.document.outgoing.OutgoingFixture.as;
import static org.zhengwu.document.outgoing.OutgoingFixture.draft;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.zhengwu.IntegrationTest;
import org.zhengwu.audit.AuditQuery;
import org.zhengwu.audit.AuditRecord;
import org.zhengwu.audit.AuditTrail;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.UserError;

/** WR-58 review chain and WR-59 sign-off on the directory's posts, with the acting rules (WR-6, WR-8). */
@IntegrationTest
class OutgoingChainTests extends OutgoingTestBase {

    static final LocalDate APRIL_19 = LocalDate.of(2022, 4, 19);

    @Autowired AuditTrail audit;
    @Autowired OutgoingTodos todos;

    @Test
    @DisplayName("WR-58 business deputy → deputy for documents → secretary-general → WR-59.5 vice-mayor in charge; numbered, released, audited")
    void aGovernmentDocumentGoesAlongTheWholeChain() {
        var id = approved(draft(Issuer.GOVERNMENT, Category.OTHER));
        var decided = view(id).draft().signOff();
        assertThat(decided.row()).isEqualTo("59.5");
        assertThat(decided.signers()).containsExactly(gov.post("vm1"));
        var number = signs(id, "vm1", Role.VICE_MAYOR);
        assertThat(number).matches("聊政发〔2022〕\\d+号");
        as(gov.office(), () -> release.release(id));
        var view = view(id);
        assertThat(view.draft().status()).isEqualTo(Status.RELEASED);
        assertThat(view.steps()).extracting(Step::kind).containsExactly(StepKind.DRAFTED, StepKind.SUBMITTED,
                StepKind.REVIEWED, StepKind.REVIEWED, StepKind.APPROVED, StepKind.SIGNED_OFF, StepKind.RELEASED);
        assertThat(view.steps().get(2).post()).isEqualTo(gov.post("dsg1"));
        assertThat(view.steps().get(3).post()).isEqualTo(gov.post("dsg2"));
        assertThat(view.steps().get(4).post()).isEqualTo(gov.post("secgen"));
        assertThat(view.steps().get(5).actor()).isEqualTo(gov.prefix + "-vm1");
        var pdf = release.pdf(id).orElseThrow();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        preview(pdf);
        var trail = audit.search(new AuditQuery(null, null, "outgoing-document", Long.toString(id), null, 50));
        assertThat(trail).extracting(AuditRecord::action).contains("document.outgoing.drafted",
                "document.outgoing.signed-off", "document.outgoing.released");
    }

    /** The printed document, to look at: target/pdf-preview/outgoing.pdf. */
    static void preview(byte[] pdf) {
        try {
            var dir = java.nio.file.Path.of("target", "pdf-preview");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve("outgoing.pdf"), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("WR-58 a step belongs to its reviewer: another deputy is refused, and nothing changes")
    void anotherDeputyCannotTakeTheBusinessReview() {
        var id = drafted("a", draft(Issuer.GOVERNMENT, Category.OTHER));
        as(gov.clerk("a"), () -> desk.submit(id));
        assertThatThrownBy(() -> review(id, "dsg2", Role.DEPUTY_SECRETARY_GENERAL)).isInstanceOf(AccessDeniedException.class);
        assertThat(view(id).draft().reviewStep()).isZero();
        assertThat(view(id).nextPosts()).containsExactly(gov.post("dsg1"));
    }

    @Test
    @DisplayName("WR-58 no deputy in charge of the lead's business: the deputy for documents reviews it")
    void withoutABusinessDeputyTheDeputyForDocumentsReviews() {
        var id = drafted("justice", draft(Issuer.GOVERNMENT, Category.OTHER));
        as(gov.clerk("justice"), () -> desk.submit(id));
        assertThat(view(id).nextPosts()).containsExactly(gov.post("dsg2"));
        review(id, "dsg2", Role.DEPUTY_SECRETARY_GENERAL);
        assertThat(view(id).draft().reviewStep()).isEqualTo(1);
    }

    @Test
    @DisplayName("WR-58 a reviewer returns the draft with reasons; the lead department corrects and submits again")
    void aReturnedDraftIsCorrectedAndResubmitted() {
        var id = drafted("a", draft(Issuer.GOVERNMENT, Category.OTHER));
        as(gov.clerk("a"), () -> desk.submit(id));
        var dsg1 = gov.leader("dsg1", Role.DEPUTY_SECRETARY_GENERAL);
        assertThatThrownBy(() -> as(dsg1, () -> signOff.review(id, null, false, " ", false)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.rule().value()).isEqualTo("WR-58"));
        as(dsg1, () -> signOff.review(id, null, false, "请补充资金来源", false));
        assertThat(view(id).draft().status()).isEqualTo(Status.RETURNED);
        as(gov.clerk("a"), () -> desk.correct(id, draft(Issuer.GOVERNMENT, Category.OTHER).title("关于加强大气污染防治工作的通知（修改稿）").input()));
        as(gov.clerk("a"), () -> desk.submit(id));
        assertThat(view(id).draft().status()).isEqualTo(Status.IN_REVIEW);
        assertThat(view(id).steps()).extracting(Step::kind).containsSubsequence(StepKind.RETURNED, StepKind.CORRECTED,
                StepKind.SUBMITTED);
    }

    @Test
    @DisplayName("我的待办 WR-58/WR-59: each step's document is in the inbox of whoever acts for its post, and nobody else's")
    void theInboxShowsTheDocumentToWhoeverIsDue() {
        var id = drafted("a", draft(Issuer.GOVERNMENT, Category.OTHER));
        var link = "/outgoing/" + id;
        assertThat(todos.itemsFor(gov.clerk("a"))).extracting(t -> t.link()).contains(link);
        as(gov.clerk("a"), () -> desk.submit(id));
        assertThat(todos.itemsFor(gov.leader("dsg1", Role.DEPUTY_SECRETARY_GENERAL))).extracting(t -> t.link()).contains(link);
        assertThat(todos.itemsFor(gov.leader("dsg2", Role.DEPUTY_SECRETARY_GENERAL))).extracting(t -> t.link())
                .doesNotContain(link);
        review(id, "dsg1", Role.DEPUTY_SECRETARY_GENERAL);
        review(id, "dsg2", Role.DEPUTY_SECRETARY_GENERAL);
        review(id, "secgen", Role.SECRETARY_GENERAL);
        var item = todos.itemsFor(gov.leader("vm1", Role.VICE_MAYOR)).stream().filter(t -> t.link().equals(link))
                .findFirst().orElseThrow();
        assertThat(item.title()).contains("待签发").contains("关于加强大气污染防治工作的通知");
        assertThat(todos.itemsFor(gov.leader("vm2", Role.VICE_MAYOR))).extracting(t -> t.link()).doesNotContain(link);
        signs(id, "vm1", Role.VICE_MAYOR);
        assertThat(todos.itemsFor(gov.office())).extracting(t -> t.link()).contains(link);
    }

    @Test
    @DisplayName("WR-59 the signer returns the document with reasons; the lead department corrects it and it goes round again")
    void theSignerReturnsTheDocument() {
        var id = approved(draft(Issuer.GOVERNMENT, Category.OTHER));
        var vm1 = gov.leader("vm1", Role.VICE_MAYOR);
        assertThatThrownBy(() -> as(gov.leader("vm2", Role.VICE_MAYOR), () -> signOff.returnToDrafter(id, "不同意")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(vm1, () -> signOff.returnToDrafter(id, "")))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.rule().value()).isEqualTo("WR-59.5"));
        as(vm1, () -> signOff.returnToDrafter(id, "请与市住建局会签后再报"));
        var returned = view(id);
        assertThat(returned.draft().status()).isEqualTo(Status.RETURNED);
        assertThat(returned.steps().getLast().kind()).isEqualTo(StepKind.RETURNED);
        assertThat(returned.steps().getLast().post()).isEqualTo(gov.post("vm1"));
    }

    @Test
    @DisplayName("WR-58 会签: a concerned department's disagreement makes it disputed → WR-59.5 mayor or executive vice-mayor")
    void aDisagreementSendsItToTheMayorOrExecutiveViceMayor() {
        var id = drafted("a", draft(Issuer.GOVERNMENT, Category.OTHER).concerned(gov.unit("b")));
        assertThatThrownBy(() -> as(gov.clerk("a"), () -> desk.submit(id)))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.rule().value()).isEqualTo("WR-58");
                    assertThat(e.field()).isEqualTo("concernedUnits");
                });
        assertThatThrownBy(() -> as(gov.clerk("b"), () -> desk.cosign(id, false, "")))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("note"));
        as(gov.clerk("b"), () -> desk.cosign(id, false, "涉及我局审批权限，建议删去第三条"));
        as(gov.clerk("a"), () -> desk.submit(id));
        review(id, "dsg1", Role.DEPUTY_SECRETARY_GENERAL);
        review(id, "dsg2", Role.DEPUTY_SECRETARY_GENERAL);
        review(id, "secgen", Role.SECRETARY_GENERAL);
        var decided = view(id).draft().signOff();
        assertThat(decided.row()).isEqualTo("59.5-broad");
        assertThat(decided.signers()).containsExactly(gov.post("mayor"), gov.post("exec"));
        assertThatThrownBy(() -> signs(id, "vm1", Role.VICE_MAYOR)).isInstanceOf(AccessDeniedException.class);
        assertThat(signs(id, "exec", Role.VICE_MAYOR)).startsWith("聊政发〔2022〕");
    }

    @Test
    @DisplayName("WR-59.5 several portfolios: the other vice-mayor co-signs before the one in charge signs")
    void severalPortfoliosNeedTheOtherViceMayorsCoSignature() {
        var id = drafted("a", draft(Issuer.GOVERNMENT, Category.OTHER).concerned(gov.unit("b")));
        as(gov.clerk("b"), () -> desk.cosign(id, true, null));
        as(gov.clerk("a"), () -> desk.submit(id));
        review(id, "dsg1", Role.DEPUTY_SECRETARY_GENERAL);
        review(id, "dsg2", Role.DEPUTY_SECRETARY_GENERAL);
        review(id, "secgen", Role.SECRETARY_GENERAL);
        var decided = view(id).draft().signOff();
        assertThat(decided.row()).isEqualTo("59.5-several");
        assertThat(decided.coSigners()).containsExactly(gov.post("vm2"));
        assertThatThrownBy(() -> signs(id, "vm1", Role.VICE_MAYOR)).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(e.rule().value()).isEqualTo("WR-59.5"));
        as(gov.leader("vm2", Role.VICE_MAYOR), () -> signOff.coSign(id, "同意"));
        assertThat(signs(id, "vm1", Role.VICE_MAYOR)).startsWith("聊政发");
    }

    @Test
    @DisplayName("WR-6 the mayor away: the presiding executive vice-mayor signs a WR-59.2 normative document, and the record says so")
    void thePresidingViceMayorSignsForTheAbsentMayor() {
        var id = drafted("a", draft(Issuer.GOVERNMENT, Category.NORMATIVE).interpretation("一、起草背景……"));
        as(gov.clerk("a"), () -> desk.submit(id));
        review(id, "dsg1", Role.DEPUTY_SECRETARY_GENERAL);
        review(id, "dsg2", Role.DEPUTY_SECRETARY_GENERAL);
        review(id, "secgen", Role.SECRETARY_GENERAL);
        as(gov.clerk("justice"), () -> signOff.recordLegalityReview(id, "Q司法审〔2022〕3号：经审查，合法"));
        away("mayor", APRIL_19);
        var number = signs(id, "exec", Role.VICE_MAYOR);
        assertThat(number).startsWith("聊政发〔2022〕");
        var signed = view(id).steps().getLast();
        assertThat(signed.kind()).isEqualTo(StepKind.SIGNED_OFF);
        assertThat(signed.post()).isEqualTo(gov.post("mayor"));
        assertThat(signed.actingFor().value()).isEqualTo(gov.prefix + "-mayor");
        assertThat(signed.actingRule()).isEqualTo("WR-6");
        assertThat(signed.rule()).isEqualTo("WR-59.2");
    }

    @Test
    @DisplayName("WR-8 the vice-mayor in charge on leave: the designated substitute signs; the holder cannot meanwhile")
    void theSubstituteSignsForAViceMayorOnLeave() {
        var id = approved(draft(Issuer.GOVERNMENT, Category.OTHER));
        away("vm1", APRIL_19);
        assertThat(as(gov.leader("vm2", Role.VICE_MAYOR), () -> reading.waitingFor(gov.leader("vm2", Role.VICE_MAYOR))))
                .extracting(v -> v.draft().id()).contains(id);
        assertThatThrownBy(() -> signs(id, "vm1", Role.VICE_MAYOR)).isInstanceOf(AccessDeniedException.class);
        signs(id, "vm2", Role.VICE_MAYOR);
        var signed = view(id).steps().getLast();
        assertThat(signed.actingRule()).isEqualTo("WR-8");
        assertThat(signed.actingFor().value()).isEqualTo(gov.prefix + "-vm1");
    }

    @Test
    @DisplayName("WR-59.6 a routine approval: the secretary-general the mayor authorised signs; a department head cannot be authorised")
    void theAuthorisedSecretaryGeneralSignsARoutineApproval() {
        assertThatThrownBy(() -> drafted("a", draft(Issuer.GOVERNMENT, Category.ROUTINE_APPROVAL).authorised(gov.post("a-head"))))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.rule().value()).isEqualTo("WR-59.6");
                    assertThat(e.field()).isEqualTo("authorisedPost");
                });
        var id = approved(draft(Issuer.GOVERNMENT, Category.ROUTINE_APPROVAL).authorised(gov.post("secgen")));
        assertThat(view(id).draft().signOff().signers()).containsExactly(gov.post("mayor"), gov.post("secgen"));
        assertThat(signs(id, "secgen", Role.SECRETARY_GENERAL)).startsWith("聊政字〔2022〕");
    }

    @Test
    @DisplayName("WR-59.7 a General Office document: the secretary-general signs it in 聊政办字; referred up, the vice-mayor in charge")
    void generalOfficeDocumentsAreSignedByTheSecretaryGeneralOrReferredUp() {
        var plain = approved(draft(Issuer.GENERAL_OFFICE, Category.OTHER));
        assertThat(signs(plain, "secgen", Role.SECRETARY_GENERAL)).startsWith("聊政办字〔2022〕");
        var id = drafted("a", draft(Issuer.GENERAL_OFFICE, Category.OTHER));
        as(gov.clerk("a"), () -> desk.submit(id));
        review(id, "dsg1", Role.DEPUTY_SECRETARY_GENERAL);
        review(id, "dsg2", Role.DEPUTY_SECRETARY_GENERAL);
        as(gov.leader("secgen", Role.SECRETARY_GENERAL), () -> signOff.review(id, null, true, "报请分管副市长签发", true));
        assertThat(view(id).draft().signOff().row()).isEqualTo("59.7-escalated");
        assertThatThrownBy(() -> signs(id, "secgen", Role.SECRETARY_GENERAL)).isInstanceOf(AccessDeniedException.class);
        assertThat(signs(id, "vm1", Role.VICE_MAYOR)).startsWith("聊政办字");
    }
}

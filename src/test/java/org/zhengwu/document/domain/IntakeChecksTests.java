package org.zhengwu.document.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhengwu.document.domain.Submissions.FACTS;
import static org.zhengwu.document.domain.Submissions.RULES;
import static org.zhengwu.document.domain.Submissions.request;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.document.domain.AttachmentRef.AttachmentKind;
import org.zhengwu.document.domain.IntakeFacts.SignerStatus;

/** Every intake check on its own, one clause at a time: a specification of WR-55 and WR-56. */
class IntakeChecksTests {

    static Submission with(UnaryOperator<Builder> change) {
        return change.apply(new Builder(request())).build();
    }

    static List<Finding> findings(Submission s) {
        return IntakeChecks.run(s, RULES, FACTS);
    }

    static List<Finding> findings(Submission s, IntakeFacts facts) {
        return IntakeChecks.run(s, RULES, facts);
    }

    static IntakeFacts facts(SignerStatus signer, Integer days, boolean known, List<String> supervisor) {
        return new IntakeFacts(days, signer, "张三", FACTS.senderNames(), known, supervisor, FACTS.leaderNames());
    }

    @Test
    void aCleanRequestIsAccepted() {
        assertThat(findings(request())).isEmpty();
        assertThat(Outcome.of(findings(request()))).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    @DisplayName("WR-56.1 报告中夹带请示事项: 退文")
    void wr561ReturnsAReportThatAsksForApproval() {
        var found = findings(with(b -> b.kind("REPORT")));
        assertThat(found).extracting(f -> f.rule().value(), Finding::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple("WR-56.1", "body"));
        assertThat(found.getFirst().severity()).isEqualTo(Severity.RETURN);
        assertThat(findings(with(b -> b.kind("REPORT").body("现将有关情况报告如下。")))).isEmpty();
    }

    @Test
    @DisplayName("WR-56.1 汇报、说明不作为请示报告")
    void wr561ReturnsInformalKinds() {
        assertThat(findings(with(b -> b.kind("汇报")))).extracting(f -> f.rule().value()).containsExactly("WR-56.1");
        assertThat(findings(with(b -> b.kind("说明")))).extracting(Finding::messageKey)
                .containsExactly("document.finding.informal-kind");
        assertThat(findings(with(b -> b.kind("函")))).extracting(Finding::messageKey)
                .containsExactly("document.finding.unknown-kind");
    }

    @Test
    @DisplayName("WR-56.2 白头文件、呈阅件、便函: 退文")
    void wr562ReturnsInformalForms() {
        for (var form : List.of("白头文件", "呈阅件", "便函")) {
            assertThat(findings(with(b -> b.kind(form)))).extracting(f -> f.rule().value(), Finding::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("WR-56.2", "document.finding.informal-form"));
        }
    }

    @Test
    @DisplayName("WR-56.2 无文号、无签发人: 退文")
    void wr562ReturnsWithoutNumberOrSigner() {
        assertThat(findings(with(b -> b.docNumber(null)))).extracting(Finding::field).containsExactly("docNumber");
        var noSigner = with(b -> b.signer(null));
        assertThat(findings(noSigner, facts(SignerStatus.NOTHING_TO_COMPARE, 1, true, List.of())))
                .extracting(Finding::field).containsExactly("signer");
    }

    @Test
    @DisplayName("WR-56.2 签发人须为主要负责人或主持工作的负责人; 未登记负责人时转人工审核")
    void wr562ChecksTheSignerAgainstTheHead() {
        var notHead = findings(request(), facts(SignerStatus.NOT_HEAD, 1, true, List.of()));
        assertThat(notHead).extracting(Finding::severity, Finding::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.RETURN, "signer"));
        var noHead = findings(request(), facts(SignerStatus.NO_HEAD_RECORDED, 1, true, List.of()));
        assertThat(noHead).extracting(Finding::severity).containsExactly(Severity.REVIEW);
        assertThat(Outcome.of(noHead)).isEqualTo(Outcome.REVIEW);
    }

    @Test
    @DisplayName("WR-56.2 联合行文标题须列明全部发文单位")
    void wr562JointTitleNamesEverySender() {
        var joint = with(b -> b.issuingUnits(List.of("聊城市生态环境局", "聊城市水利局")));
        var facts = new IntakeFacts(1, SignerStatus.HEAD, "张三",
                List.of(List.of("聊城市生态环境局", "市生态环境局"), List.of("聊城市水利局", "市水利局")), true, List.of(),
                List.of());
        assertThat(findings(joint, facts)).extracting(Finding::field).containsExactly("title");
        var named = with(b -> b.issuingUnits(List.of("聊城市生态环境局", "聊城市水利局"))
                .title("市生态环境局 市水利局关于申请城区雨污分流改造资金的请示"));
        assertThat(findings(named, facts)).isEmpty();
    }

    @Test
    @DisplayName("WR-56.2 附注须有联系人和电话")
    void wr562NeedsContactNameAndPhone() {
        assertThat(findings(with(b -> b.contactName(null)))).extracting(Finding::field).containsExactly("contactName");
        assertThat(findings(with(b -> b.contactPhone(" ")))).extracting(Finding::field).containsExactly("contactPhone");
    }

    @Test
    @DisplayName("WR-56.2 成文后3个工作日内报送")
    void wr562SubmittedWithinThreeWorkingDays() {
        assertThat(findings(request(), facts(SignerStatus.HEAD, 3, true, List.of()))).isEmpty();
        assertThat(findings(request(), facts(SignerStatus.HEAD, 4, true, List.of())))
                .extracting(Finding::field, Finding::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("submittedDate", List.of("4", "3")));
        assertThat(findings(with(b -> b.issueDate(null)))).extracting(Finding::field).containsExactly("issueDate");
    }

    @Test
    @DisplayName("WR-56.3 只能主送一个机关")
    void wr563ExactlyOneMainRecipient() {
        assertThat(findings(with(b -> b.mainRecipients(List.of("聊城市人民政府", "聊城市财政局")))))
                .extracting(f -> f.rule().value(), Finding::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WR-56.3", "mainRecipients"));
    }

    @Test
    @DisplayName("WR-56.3 二级单位、国有企业须通过主管部门报送")
    void wr563SecondLevelUnitsGoThroughTheirSupervisor() {
        var facts = facts(SignerStatus.HEAD, 1, true, List.of("聊城市水利局", "市水利局"));
        assertThat(findings(request(), facts)).extracting(Finding::field).containsExactly("via");
        assertThat(findings(with(b -> b.via("市水利局")), facts)).isEmpty();
    }

    @Test
    @DisplayName("WR-56.3 资金、土地、项目、规划须附重大决策程序材料")
    void wr563MajorDecisionsNeedTheirProcedureDocuments() {
        assertThat(findings(with(b -> b.flags(List.of("FUNDS"))))).extracting(Finding::field).containsExactly("attachments");
        var attached = with(b -> b.flags(List.of("FUNDS"))
                .attachments(List.of(new AttachmentRef("风险评估报告", AttachmentKind.MAJOR_DECISION_REPORT))));
        assertThat(findings(attached)).isEmpty();
    }

    @Test
    @DisplayName("WR-56.4 退文: 一文多事")
    void wr564ReturnsARequestWithTwoMatters() {
        var two = with(b -> b.matters(List.of("申请改造资金", "申请增加编制")));
        assertThat(findings(two)).extracting(f -> f.rule().value(), Finding::severity, Finding::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WR-56.4", Severity.RETURN, "matters"));
        assertThat(Outcome.of(findings(two))).isEqualTo(Outcome.RETURNED);
    }

    @Test
    @DisplayName("WR-56.4 涉及其他部门须会签，或列明分歧理由并提出倾向性意见")
    void wr564CrossDepartmentMattersAreCoSigned() {
        var concerned = with(b -> b.concernedUnits(List.of("聊城市财政局")));
        assertThat(findings(concerned)).extracting(Finding::field).containsExactly("coSignedBy");
        assertThat(findings(with(b -> b.concernedUnits(List.of("聊城市财政局")).coSignedBy(List.of("聊城市财政局"))))).isEmpty();
        var disagreement = with(b -> b.concernedUnits(List.of("聊城市财政局"))
                .options(List.of("方案一：市级承担", "方案二：区级承担")).preferredOption("方案一：市级承担"));
        assertThat(findings(disagreement)).isEmpty();
    }

    @Test
    @DisplayName("WR-56.4 多个方案须有倾向性意见")
    void wr564SeveralOptionsNeedAPreferredOne() {
        assertThat(findings(with(b -> b.options(List.of("方案一", "方案二"))))).extracting(Finding::field)
                .containsExactly("preferredOption");
        assertThat(findings(with(b -> b.options(List.of("方案一", "方案二")).preferredOption("方案三"))))
                .extracting(Finding::messageKey).containsExactly("document.finding.preferred-not-an-option");
    }

    @Test
    @DisplayName("WR-55a 不得直接报送领导个人, 涉密事项除外, 紧急情况人工确认")
    void wr55aNeverToALeaderPersonally() {
        assertThat(findings(with(b -> b.mainRecipients(List.of("王峰副市长"))))).extracting(Finding::severity)
                .containsExactly(Severity.RETURN);
        assertThat(findings(with(b -> b.mainRecipients(List.of("市长"))))).extracting(f -> f.rule().value())
                .containsExactly("WR-55a");
        assertThat(findings(with(b -> b.mainRecipients(List.of("王峰副市长")).classification("机密")))).isEmpty();
        assertThat(findings(with(b -> b.mainRecipients(List.of("王峰副市长")).urgent(true))))
                .extracting(Finding::severity).containsExactly(Severity.REVIEW);
        assertThat(findings(with(b -> b.mainRecipients(List.of("聊城市人民政府"))))).isEmpty();
    }

    @Test
    @DisplayName("WR-55b 部门职权范围内的事项不得报市政府")
    void wr55bReturnsAMatterWithinTheDepartmentsOwnRemit() {
        var own = with(b -> b.matters(List.of("关于2022年排污许可证核发有关事项")));
        assertThat(findings(own)).extracting(f -> f.rule().value(), Finding::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WR-55b", "matters"));
    }

    @Test
    @DisplayName("WR-56.5 与法律政策相抵触、越级行文: 人工审核, 不自动决定")
    void wr565JudgementsGoToTheGeneralOffice() {
        var conflict = findings(with(b -> b.body("拟突破现行政策规定先行实施。妥否，请批示。")));
        assertThat(conflict).extracting(f -> f.rule().value(), Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WR-56.5", Severity.REVIEW));
        var unknown = facts(SignerStatus.UNIT_UNKNOWN, 1, false, List.of());
        assertThat(findings(request(), unknown)).extracting(f -> f.rule().value(), Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WR-56.2", Severity.REVIEW),
                        org.assertj.core.groups.Tuple.tuple("WR-56.5", Severity.REVIEW));
        assertThat(findings(with(b -> b.urgent(true)), unknown)).extracting(f -> f.rule().value()).containsExactly("WR-56.2");
    }

    @Test
    @DisplayName("WR-56.5 退文: 任何退文理由均使整件退回，并列明全部理由")
    void wr565AnyHardFindingReturnsWithEveryReason() {
        var many = with(b -> b.docNumber(null).signer(null).matters(List.of("一", "二")));
        var found = findings(many, facts(SignerStatus.NOTHING_TO_COMPARE, 1, true, List.of()));
        assertThat(found).extracting(Finding::field).containsExactly("docNumber", "signer", "matters");
        assertThat(Outcome.of(found)).isEqualTo(Outcome.RETURNED);
    }

    @Test
    @DisplayName("WR-33 依申请公开、不予公开须说明理由")
    void wr33DisclosureNeedsAReason() {
        assertThat(findings(with(b -> b.disclosure("WITHHELD")))).extracting(Finding::field).containsExactly("disclosureReason");
        assertThat(findings(with(b -> b.disclosure("WITHHELD").disclosureReason("涉及个人隐私")))).isEmpty();
    }

    @Test
    void submittedOnKeepsEverythingElse() {
        var moved = request().submittedOn(LocalDate.of(2022, 4, 1));
        assertThat(moved.submittedDate()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(moved.submittedOn(request().submittedDate())).isEqualTo(request());
    }
}

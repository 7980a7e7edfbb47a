package org.zhengwu.document.domain;

import java.util.List;
import java.util.Map;

/**
 * The rule pack's {@code documentIntake} section: every phrase, list and number the intake
 * checks, the returns report and the instruction clock use.
 *
 * @param requestPhrases          WR-56.1: phrases that ask for approval, not allowed in a report
 * @param informalKinds           WR-56.1: kinds not accepted as a request or report (汇报, 说明)
 * @param informalForms           WR-56.2: forms rejected (白头文件, 呈阅件, 便函)
 * @param submissionWorkingDays   WR-56.2: working days after the issue date within which to submit
 * @param majorDecisionFlags      WR-56.3: the flags that need the major-decision procedure documents
 * @param majorDecisionAttachment WR-56.3: the attachment kind those documents are
 * @param leaderTitles            WR-55a: titles of the leaders a document must not be addressed to
 * @param personalExceptions      WR-55a: the exceptions (classified matters, major emergencies, …)
 * @param ownRemit                WR-55b: per unit, matters within its own remit
 * @param supervised              WR-56.3: second-level units and state enterprises → supervising department
 * @param policyConflictPhrases   WR-56.5: phrases that suggest a conflict with law or policy (for review)
 * @param noticeThreshold         WR-56.5: returns in a period that put a unit in the 通报 report
 * @param noticePeriodMonths      WR-56.5: the length of that period in months (3: a quarter)
 * @param instructionWorkingDays  WR-73: working days a handler has for an instruction
 * @param issuerMark              the General Office's mark on the 退文 notice
 * @param maxAttachmentBytes      the largest attachment accepted
 */
public record IntakeRules(
        List<String> requestPhrases,
        List<String> informalKinds,
        List<String> informalForms,
        int submissionWorkingDays,
        List<String> majorDecisionFlags,
        AttachmentRef.AttachmentKind majorDecisionAttachment,
        List<String> leaderTitles,
        List<PersonalException> personalExceptions,
        Map<String, List<String>> ownRemit,
        Map<String, String> supervised,
        List<String> policyConflictPhrases,
        int noticeThreshold,
        int noticePeriodMonths,
        int instructionWorkingDays,
        String issuerMark,
        long maxAttachmentBytes) {

    public IntakeRules {
        requestPhrases = List.copyOf(requestPhrases);
        informalKinds = List.copyOf(informalKinds);
        informalForms = List.copyOf(informalForms);
        majorDecisionFlags = List.copyOf(majorDecisionFlags);
        leaderTitles = List.copyOf(leaderTitles);
        personalExceptions = List.copyOf(personalExceptions);
        ownRemit = Map.copyOf(ownRemit);
        supervised = Map.copyOf(supervised);
        policyConflictPhrases = List.copyOf(policyConflictPhrases);
    }

    /**
     * A WR-55a exception: a document addressed to a leader personally is still taken when it holds.
     *
     * @param id   CLASSIFIED, MAJOR_EMERGENCY, LEADER_ASSIGNED, FOREIGN_AFFAIRS
     * @param name the exception in Chinese
     */
    public record PersonalException(String id, String name) {
    }

    public boolean isException(String id) {
        return personalExceptions.stream().anyMatch(e -> e.id().equals(id));
    }
}

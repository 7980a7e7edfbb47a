package org.zhengwu.document.domain;

import java.util.List;
import java.util.Optional;

/**
 * Every intake check, in the order the findings are listed: one function per clause of WR-55a,
 * WR-55b and WR-56.1 – WR-56.5. The same list runs on the form as it is filled, on every
 * submission, on the API and on {@code ./zhengwu document check}.
 */
public final class IntakeChecks {

    static final List<Check> ALL = List.of(
            KindChecks::requestOrReport,
            KindChecks::noInformalKind,
            KindChecks::reportWithoutRequest,
            KindChecks::noInformalForm,
            FormatChecks::hasDocNumber,
            FormatChecks::hasSigner,
            FormatChecks::signerIsHead,
            FormatChecks::jointTitleNamesSenders,
            FormatChecks::hasContact,
            FormatChecks::submittedInTime,
            ProcessChecks::oneMainRecipient,
            ProcessChecks::throughSupervisor,
            ProcessChecks::majorDecisionDocuments,
            ContentChecks::oneMatterPerRequest,
            ContentChecks::coSignedByConcernedUnits,
            ContentChecks::preferredOption,
            AddressChecks::notToALeaderPersonally,
            AddressChecks::notWithinOwnRemit,
            JudgementChecks::possibleConflictWithPolicy,
            JudgementChecks::skippedLevel,
            JudgementChecks::disclosureReason);

    private IntakeChecks() {
    }

    /** Every finding of every check. */
    public static List<Finding> run(Submission s, IntakeRules rules, IntakeFacts facts) {
        return ALL.stream().map(c -> c.apply(s, rules, facts)).flatMap(Optional::stream).toList();
    }
}

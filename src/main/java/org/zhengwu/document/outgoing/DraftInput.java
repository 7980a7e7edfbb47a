package org.zhengwu.document.outgoing;

import java.util.List;
import org.zhengwu.gazette.Disclosure;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PostId;

/**
 * What the drafter writes (代拟稿): the fields of a new draft or of a correction.
 *
 * @param secrecyPeriod 保密期限 in whole years; null when none is stated
 */
public record DraftInput(
        Issuer issuer, Category category, String title, String body, List<String> addressees, List<String> copyTo,
        Disclosure disclosure, String disclosureReason, Classification classification, Integer secrecyPeriod,
        Urgency urgency,
        List<OrgUnitId> concernedUnits, boolean disputedOrBroad, PostId authorisedPost, boolean policy,
        String interpretation, String approvalReference, String numberPrefix) {

    public DraftInput {
        addressees = addressees == null ? List.of() : addressees.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        copyTo = copyTo == null ? List.of() : copyTo.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        concernedUnits = concernedUnits == null ? List.of() : List.copyOf(concernedUnits);
        classification = classification == null ? Classification.NONE : classification;
        urgency = urgency == null ? Urgency.NONE : urgency;
    }

    /** The 版头 marks for the audit trail: classification, secrecy period and urgency. */
    String marks() {
        return "classification " + classification + (secrecyPeriod == null ? "" : ", period " + secrecyPeriod + " years")
                + ", urgency " + urgency;
    }
}

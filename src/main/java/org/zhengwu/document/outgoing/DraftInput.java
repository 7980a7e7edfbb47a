package org.zhengwu.document.outgoing;

import java.util.List;
import org.zhengwu.gazette.Disclosure;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PostId;

/** What the drafter writes (代拟稿): the fields of a new draft or of a correction. */
public record DraftInput(
        Issuer issuer, Category category, String title, String body, List<String> addressees, List<String> copyTo,
        Disclosure disclosure, String disclosureReason, Classification classification,
        List<OrgUnitId> concernedUnits, boolean disputedOrBroad, PostId authorisedPost, boolean policy,
        String interpretation, String approvalReference, String numberPrefix) {

    public DraftInput {
        addressees = addressees == null ? List.of() : addressees.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        copyTo = copyTo == null ? List.of() : copyTo.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        concernedUnits = concernedUnits == null ? List.of() : List.copyOf(concernedUnits);
        classification = classification == null ? Classification.NONE : classification;
    }
}

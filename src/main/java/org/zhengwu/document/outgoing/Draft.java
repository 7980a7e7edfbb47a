package org.zhengwu.document.outgoing;

import java.time.LocalDate;
import java.util.List;
import org.zhengwu.gazette.Disclosure;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PostId;

/**
 * An outgoing document (发文) from the lead department's draft (代拟稿) to its release.
 *
 * @param version            bumped by every change: two people acting on the same step at once
 *                           cannot both win
 * @param reviewStep         the index of the WR-58 step under way while {@code IN_REVIEW}
 * @param secrecyPeriod      保密期限 in years, only on a classified document; null when none is stated
 * @param urgency            紧急程度
 * @param concernedUnits     the departments whose remit it touches, who co-sign (会签)
 * @param disputedOrBroad    涉及面广或有意见分歧, as the drafter says (a department's disagreement adds to it)
 * @param authorisedPost     WR-59.6: the post the mayor authorised to sign, null when none
 * @param escalated          WR-59.7: the secretary-general referred a General Office document up
 * @param approvalReference  WR-60: the government's approval this department document relies on
 * @param numberPrefix       DEPARTMENT issuer: the department's own prefix (发文机关代字)
 * @param signOff            who must sign, decided when the secretary-general approves; null before
 */
public record Draft(
        long id, int version, Status status, Issuer issuer, Category category, String title, String body,
        List<String> addressees, List<String> copyTo, OrgUnitId leadUnit, String draftedBy,
        Disclosure disclosure, String disclosureReason, Classification classification,
        Integer secrecyPeriod, Urgency urgency,
        List<OrgUnitId> concernedUnits, boolean disputedOrBroad, PostId authorisedPost, boolean escalated,
        boolean policy, String interpretation, boolean interpretationApproved, String approvalReference,
        String numberPrefix, int reviewStep, SignOff signOff, String legalityReview,
        String docNumber, LocalDate signedOn, LocalDate releasedOn) {

    public Draft {
        addressees = List.copyOf(addressees);
        copyTo = List.copyOf(copyTo);
        concernedUnits = List.copyOf(concernedUnits);
    }

    /** Who must sign, as decided by the WR-59 table. */
    public record SignOff(String row, String rule, List<PostId> signers, List<PostId> coSigners) {
        public SignOff {
            signers = List.copyOf(signers);
            coSigners = List.copyOf(coSigners);
        }
    }

    public boolean hasInterpretation() {
        return interpretation != null && !interpretation.isBlank();
    }

    public boolean isPublicCandidate() {
        return disclosure == Disclosure.PROACTIVE && !classification.isClassified();
    }
}

package org.zhengwu.document.outgoing;

import java.util.List;
import org.zhengwu.kernel.PostId;

/**
 * A draft with what a reader needs: its department co-signatures, its timeline, and who is due to act next.
 *
 * @param nextPosts   the posts due to act now (reviewer, co-signers, signers); empty when a department acts
 * @param policy      whether WR-36 asks for interpretation material
 * @param needsLegalityReview whether WR-22 asks for the justice bureau's review
 */
public record DraftView(Draft draft, List<Cosign> cosigns, List<Step> steps, List<PostId> nextPosts,
        boolean policy, boolean needsLegalityReview) {

    public DraftView {
        cosigns = List.copyOf(cosigns);
        steps = List.copyOf(steps);
        nextPosts = List.copyOf(nextPosts);
    }
}

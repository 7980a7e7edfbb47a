package org.zhengwu.document.outgoing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhengwu.kernel.RuleId;

/**
 * The rule pack's {@code documentOutgoing} section: the WR-58 review chain, the WR-59 sign-off
 * table, the number prefixes per issuer, and the rules that must hold before sign-off and release.
 */
public record OutgoingRules(
        RuleId disclosureRule,
        RuleId chainRule,
        List<ReviewStep> chain,
        List<SignOffRow> signOff,
        Set<String> authorisablePostKinds,
        List<NumberSeries> numbering,
        Precondition legalityReview,
        String legalityReviewerSuffix,
        Precondition interpretation,
        RuleId approvalRule,
        String approvalPhrase,
        List<String> lowerGovernmentWords) {

    public OutgoingRules {
        chain = List.copyOf(chain);
        signOff = List.copyOf(signOff);
        authorisablePostKinds = Set.copyOf(authorisablePostKinds);
        numbering = List.copyOf(numbering);
        lowerGovernmentWords = List.copyOf(lowerGovernmentWords);
    }

    /** One step of the WR-58 chain; the first reviewer that resolves to a held post takes it. */
    public record ReviewStep(String id, String name, List<Reviewer> reviewers) {
        public ReviewStep {
            reviewers = List.copyOf(reviewers);
        }
    }

    /** A precondition that applies to some categories. */
    public record Precondition(RuleId rule, Set<Category> categories) {
        public Precondition {
            categories = Set.copyOf(categories);
        }

        public boolean appliesTo(Category category) {
            return categories.contains(category);
        }
    }

    /** The prefix (发文机关代字) for an issuer and, when listed, some categories only. */
    public record NumberSeries(Issuer issuer, Set<Category> categories, String prefix) {
        public NumberSeries {
            categories = Set.copyOf(categories);
        }

        boolean matches(Issuer i, Category c) {
            return issuer == i && (categories.isEmpty() || categories.contains(c));
        }
    }

    /** The prefix a signed document of this issuer and category is numbered in. */
    public Optional<String> prefixFor(Issuer issuer, Category category) {
        return numbering.stream().filter(s -> s.matches(issuer, category)).map(NumberSeries::prefix).findFirst();
    }
}

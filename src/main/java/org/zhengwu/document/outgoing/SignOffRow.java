package org.zhengwu.document.outgoing;

import java.util.List;
import java.util.Set;
import org.zhengwu.kernel.RuleId;

/**
 * One row of the WR-59 sign-off table (工作规则 第五十九条). A field left out of the pack matches
 * anything; the first row that matches decides.
 *
 * @param id              the row's name in the pack, such as {@code 59.5-several}
 * @param rule            the clause it carries, such as {@code WR-59.5}
 * @param issuer          in whose name
 * @param categories      the categories it covers; empty for all
 * @param portfolios      how many vice-mayors' portfolios the document touches; null for any
 * @param disputedOrBroad whether it is disputed or broad (涉及面广或有意见分歧); null for any
 * @param escalated       whether the secretary-general referred it up (WR-59.7); null for any
 * @param signers         the posts any one of which signs off
 * @param coSigners       whether the other vice-mayors in charge co-sign (会签)
 */
public record SignOffRow(String id, RuleId rule, Issuer issuer, Set<Category> categories, Portfolios portfolios,
        Boolean disputedOrBroad, Boolean escalated, List<Signer> signers, boolean coSigners) {

    public SignOffRow {
        categories = Set.copyOf(categories);
        signers = List.copyOf(signers);
    }

    /** How many portfolios a document touches. */
    public enum Portfolios { ONE, SEVERAL }

    boolean matches(SignOffCase c) {
        return issuer == c.issuer()
                && (categories.isEmpty() || categories.contains(c.category()))
                && (portfolios == null || portfolios == (c.portfolioCount() > 1 ? Portfolios.SEVERAL : Portfolios.ONE))
                && (disputedOrBroad == null || disputedOrBroad == c.disputedOrBroad())
                && (escalated == null || escalated == c.escalated());
    }
}

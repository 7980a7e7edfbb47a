package org.zhengwu.document.outgoing;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhengwu.rulepack.PackNode;
import org.zhengwu.rulepack.RulePackSection;

/** Reads the pack's {@code documentOutgoing} section (WR-22, WR-33, WR-36, WR-58, WR-59, WR-60). */
public class OutgoingSection implements RulePackSection<OutgoingRules> {

    private static final Pattern PREFIX = Pattern.compile("\\p{IsHan}{1,16}");

    @Override
    public String key() {
        return "documentOutgoing";
    }

    @Override
    public OutgoingRules read(PackNode node) {
        var chain = node.child("reviewChain");
        var signOff = node.child("signOff");
        var legality = node.child("legalityReview");
        var approval = node.child("approvalPhrase");
        return new OutgoingRules(node.child("disclosure").rule("rule"), chain.rule("rule"),
                chain.list("steps", OutgoingSection::step), signOff.list("rows", OutgoingSection::row),
                Set.copyOf(signOff.texts("authorisable")), node.list("numbering", OutgoingSection::series),
                precondition(legality), legality.text("reviewerSuffix"), precondition(node.child("interpretation")),
                approval.rule("rule"), approval.text("phrase"), approval.texts("lowerGovernmentWords"));
    }

    private static OutgoingRules.ReviewStep step(PackNode n) {
        var reviewers = n.texts("reviewers").stream().map(t -> one(n, "reviewers", t, Reviewer.class))
                .filter(java.util.Objects::nonNull).toList();
        return new OutgoingRules.ReviewStep(n.text("id"), n.text("name"), reviewers);
    }

    private static SignOffRow row(PackNode n) {
        var signers = n.texts("signers").stream().map(t -> one(n, "signers", t, Signer.class))
                .filter(java.util.Objects::nonNull).toList();
        if (signers.isEmpty() && n.has("signers")) {
            n.problem(n.path() + ".signers", "a row names at least one signer");
        }
        var portfolios = n.has("portfolios") ? n.oneOf("portfolios", SignOffRow.Portfolios.class) : null;
        return new SignOffRow(n.text("id"), n.rule("rule"), n.oneOf("issuer", Issuer.class), categories(n),
                portfolios, optionalBool(n, "disputedOrBroad"), optionalBool(n, "escalated"), signers,
                n.bool("coSigners", false));
    }

    private static OutgoingRules.NumberSeries series(PackNode n) {
        var prefix = n.text("prefix");
        if (!prefix.isEmpty() && !PREFIX.matcher(prefix).matches()) {
            n.problem(n.path() + ".prefix", "a prefix is 1 to 16 Chinese characters, is " + prefix);
        }
        return new OutgoingRules.NumberSeries(n.oneOf("issuer", Issuer.class), categories(n), prefix);
    }

    private static OutgoingRules.Precondition precondition(PackNode n) {
        return new OutgoingRules.Precondition(n.rule("rule"), categories(n));
    }

    private static Set<Category> categories(PackNode n) {
        var out = new LinkedHashSet<Category>();
        n.optionalTexts("categories").forEach(t -> out.add(one(n, "categories", t, Category.class)));
        out.remove(null);
        return out.isEmpty() ? Set.of() : EnumSet.copyOf(out);
    }

    private static Boolean optionalBool(PackNode n, String field) {
        return n.has(field) ? n.bool(field, false) : null;
    }

    private static <E extends Enum<E>> E one(PackNode n, String field, String text, Class<E> type) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        n.problem(n.path() + "." + field, "must be one of " + List.of(type.getEnumConstants()) + ", is " + text);
        return null;
    }
}

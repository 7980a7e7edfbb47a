package org.zhengwu.document;

import java.util.LinkedHashMap;
import java.util.List;
import org.zhengwu.document.domain.AttachmentRef.AttachmentKind;
import org.zhengwu.document.domain.IntakeRules;
import org.zhengwu.rulepack.PackNode;
import org.zhengwu.rulepack.RulePackSection;

/**
 * The rule pack's {@code documentIntake} section (WR-55a, WR-55b, WR-56.1 – WR-56.5, WR-73): the
 * phrases, lists and numbers of the intake checks, read and validated with the pack.
 */
public class IntakeSection implements RulePackSection<IntakeRules> {

    @Override
    public String key() {
        return "documentIntake";
    }

    @Override
    public IntakeRules read(PackNode node) {
        var window = node.child("submissionWindow");
        var majorDecision = node.child("majorDecision");
        var personal = node.child("personalAddress");
        var notice = node.child("returnNotice");
        var instructions = node.child("instructions");
        var ownRemit = new LinkedHashMap<String, List<String>>();
        node.list("ownRemit", n -> ownRemit.put(n.text("unit"), n.texts("matters")));
        var supervised = new LinkedHashMap<String, String>();
        node.list("supervisedUnits", n -> supervised.put(n.text("unit"), n.text("supervisor")));
        return new IntakeRules(node.texts("requestPhrases"), node.texts("informalKinds"), node.texts("informalForms"),
                window.integer("workingDays", 1, 60), majorDecision.texts("flags"),
                majorDecision.oneOf("attachment", AttachmentKind.class), personal.texts("leaderTitles"),
                personal.list("exceptions", n -> new IntakeRules.PersonalException(n.text("id"), n.text("name"))),
                ownRemit, supervised, node.texts("policyConflictPhrases"), notice.integer("threshold", 1, 1000),
                notice.integer("periodMonths", 1, 12), instructions.integer("workingDays", 1, 60),
                node.text("issuerMark"), node.integer("maxAttachmentMegabytes", 1, 50) * 1024L * 1024L);
    }
}

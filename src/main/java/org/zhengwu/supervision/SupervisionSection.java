package org.zhengwu.supervision;

import org.zhengwu.rulepack.PackNode;
import org.zhengwu.rulepack.RulePackSection;
import org.zhengwu.supervision.SupervisionSettings.Category;
import org.zhengwu.supervision.SupervisionSettings.Collective;

/** Reads the pack's {@code supervision:} section (WR-67, WR-68, WR-69, WR-71, WR-73). */
public class SupervisionSection implements RulePackSection<SupervisionSettings> {

    @Override
    public String key() {
        return "supervision";
    }

    @Override
    public SupervisionSettings read(PackNode node) {
        var categories = node.list("categories", c -> new Category(c.text("id"), c.text("name")));
        var cycles = node.texts("cycles");
        var defaultCycle = node.text("defaultCycle");
        if (!defaultCycle.isEmpty() && !cycles.contains(defaultCycle)) {
            node.problem(node.path() + ".defaultCycle", "must be one of " + cycles + ", is " + defaultCycle);
        }
        for (var cycle : cycles) {
            if (!Cycle.known(cycle)) {
                node.problem(node.path() + ".cycles", "unknown cycle " + cycle + "; known: MONTHLY, QUARTERLY");
            }
        }
        return new SupervisionSettings(categories, node.text("ladder"), node.integer("instructionStartStep", 0, 10),
                node.integer("lookBackWorkingDays", 1, 250), node.integer("meetingReportMonths", 1, 12),
                node.integer("yellowWithinWorkingDays", 0, 60), cycles, defaultCycle, node.text("unitPrefix"),
                node.optionalList("collectiveUnits", c -> new Collective(c.text("name"), c.texts("kinds"))),
                node.optionalTexts("sharedSuffixes"), node.optionalTexts("placeEndings"));
    }
}

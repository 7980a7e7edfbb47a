package org.zhengwu.rulepack.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.zhengwu.rulepack.RulePacks;

/** Every page knows the pack in force: the layout shows its city, id and version. */
@ControllerAdvice
class RulePackModel {

    /** What the layout shows of the pack. */
    record Shown(String id, String version, String city, String name) {
    }

    private final RulePacks packs;

    RulePackModel(RulePacks packs) {
        this.packs = packs;
    }

    @ModelAttribute("rulePack")
    Shown rulePack() {
        var pack = packs.active();
        return new Shown(pack.id(), pack.version(), pack.city(), pack.name());
    }
}

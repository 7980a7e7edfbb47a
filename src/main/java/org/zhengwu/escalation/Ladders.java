package org.zhengwu.escalation;

import org.springframework.stereotype.Component;
import org.zhengwu.kernel.UserError;
import org.zhengwu.rulepack.Ladder;
import org.zhengwu.rulepack.RulePacks;

/** The ladders of the rule pack in force, looked up by id. */
@Component
class Ladders {

    private final RulePacks packs;

    Ladders(RulePacks packs) {
        this.packs = packs;
    }

    Ladder get(String ladderId, Ladder.Trigger trigger) {
        var ladder = packs.active().ladder(ladderId)
                .orElseThrow(() -> new UserError("escalation.ladder-unknown", "ladderId", ladderId));
        if (ladder.trigger() != trigger) {
            throw new UserError("escalation.ladder-wrong-trigger", "ladderId", ladderId, trigger);
        }
        return ladder;
    }
}

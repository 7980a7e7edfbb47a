package org.zhengwu.rulepack.web;

import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;
import org.zhengwu.rulepack.RulePacks;

/** {@code /actuator/info} names the pack in force. */
@Component
class RulePackInfo implements InfoContributor {

    private final RulePacks packs;

    RulePackInfo(RulePacks packs) {
        this.packs = packs;
    }

    @Override
    public void contribute(Info.Builder builder) {
        var pack = packs.active();
        builder.withDetail("rulepack", Map.of("id", pack.id(), "version", pack.version(), "city", pack.city(),
                "sha256", packs.sha256()));
    }
}

package org.zhengwu.rulepack;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records, once, that a pack came into force; a change of pack is thereby audited. */
@Component
class RulePackActivation {

    private final RulePacks packs;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RulePackActivation(RulePacks packs, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.packs = packs;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void recordIfChanged() {
        var pack = packs.active();
        var last = jdbc.sql("SELECT pack_id, version, sha256 FROM rulepack.activation ORDER BY id DESC LIMIT 1")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .optional();
        if (last.isPresent() && last.get()[2].equals(packs.sha256())) {
            return;
        }
        jdbc.sql("INSERT INTO rulepack.activation (pack_id, version, sha256, location, activated_at) VALUES (?, ?, ?, ?, ?)")
                .params(pack.id(), pack.version(), packs.sha256(), packs.location(), Timestamp.from(clock.instant()))
                .update();
        var previous = last.map(l -> l[0] + " " + l[1]).orElse(null);
        events.publishEvent(new RulePackActivated(pack.id(), pack.version(), packs.sha256(), previous));
    }
}

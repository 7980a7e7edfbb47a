package org.zhengwu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.IntegrationTest;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

@IntegrationTest
class AuditTrailTests {

    @Autowired AuditTrail trail;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    record Tested(String id) implements Audited {
        public String action() { return "test.changed"; }
        public SubjectRef subject() { return SubjectRef.of("test", id); }
        public List<RuleId> rules() { return List.of(RuleId.of("WR-57")); }
        public String summary() { return "test change " + id; }
    }

    @Test
    void appendsARecordForEveryPublishedAuditedEventWithItsRules() {
        events.publishEvent(new Tested("a1"));
        var found = trail.search(new AuditQuery(null, "test.changed", "test", "a1", null, 5));
        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.ruleIds()).containsExactly("WR-57");
            assertThat(r.actor()).isEqualTo("system");
            assertThat(r.hash()).hasSize(64);
        });
    }

    @Test
    void eachRecordCarriesTheHashOfTheOneBefore() {
        var first = trail.append(new Tested("c1"));
        var second = trail.append(new Tested("c2"));
        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aRecordRolledBackWithItsChangeLeavesNoTrace() {
        tx.executeWithoutResult(status -> {
            events.publishEvent(new Tested("rolled-back"));
            status.setRollbackOnly();
        });
        assertThat(trail.search(new AuditQuery(null, null, "test", "rolled-back", null, 5))).isEmpty();
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void verificationNamesTheFirstRecordThatWasChangedAfterTheFact() {
        var victim = trail.append(new Tested("victim"));
        trail.append(new Tested("after"));
        var original = victim.summary();
        jdbc.sql("UPDATE audit.record SET summary = 'tampered' WHERE seq = ?").param(victim.seq()).update();
        try {
            var result = trail.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(victim.seq());
        } finally {
            jdbc.sql("UPDATE audit.record SET summary = ? WHERE seq = ?").params(original, victim.seq()).update();
        }
        assertThat(trail.verify().intact()).isTrue();
    }
}

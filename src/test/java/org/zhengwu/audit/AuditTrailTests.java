package org.zhengwu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.IntegrationTest;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

@IntegrationTest
class AuditTrailTests {

    @Autowired AuditTrail trail;
    @Autowired ChainSealer sealer;
    @Autowired ChainCheck check;
    @Autowired ChainStore chain;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;
    @Autowired MockMvc mvc;

    // subjects unique to this run: the PostgreSQL pass may run the class twice on one database
    static final String RUN = Long.toString(System.nanoTime(), 36);

    record Tested(String id) implements Audited {
        public String action() { return "test.changed"; }
        public SubjectRef subject() { return SubjectRef.of("test", id); }
        public List<RuleId> rules() { return List.of(RuleId.of("WR-57")); }
        public String summary() { return "test change " + id; }
    }

    @Test
    void appendsARecordForEveryPublishedAuditedEventWithItsRules() {
        events.publishEvent(new Tested("a1-" + RUN));
        var found = trail.search(new AuditQuery(null, "test.changed", "test", "a1-" + RUN, null, 5));
        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.ruleIds()).containsExactly("WR-57");
            assertThat(r.actor()).isEqualTo("system");
        });
        assertThat(trail.verify().intact()).isTrue();
        assertThat(trail.search(new AuditQuery(null, "test.changed", "test", "a1-" + RUN, null, 5)))
                .singleElement().satisfies(r -> assertThat(r.hash()).hasSize(64));
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
    void aRecordAppendedInATransactionIsReturnedUnsealedAndSealedAfterTheCommit() {
        var inside = tx.execute(status -> trail.append(new Tested("in-tx-" + RUN)));
        assertThat(inside.seq()).isNull();
        assertThat(inside.hash()).isNull();
        await().atMost(Duration.ofSeconds(5)).until(() -> unsealed("in-tx-" + RUN) == 0);
        assertThat(trail.search(new AuditQuery(null, null, "test", "in-tx-" + RUN, null, 5)))
                .singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(inside.id()));
    }

    @Test
    void aRecordRolledBackWithItsChangeLeavesNoTrace() {
        tx.executeWithoutResult(status -> {
            events.publishEvent(new Tested("rolled-back"));
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("SELECT count(*) FROM audit.record WHERE subject_id = 'rolled-back'").query(Long.class)
                .single()).isZero();
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void recordsOfConcurrentTransactionsAreSealedIntoOneChainWithoutGaps() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        try {
            var done = new ArrayList<Future<Object>>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit((Callable<Object>) () -> {
                    for (int i = 0; i < 50; i++) {
                        var id = "conc-" + RUN + "-" + thread + "-" + i;
                        tx.executeWithoutResult(s -> {
                            events.publishEvent(new Tested(id));
                            events.publishEvent(new Tested(id + "-second"));
                        });
                    }
                    return null;
                }));
            }
            for (var f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        // sealed by the sealer woken after the commits, not by verify
        await().atMost(Duration.ofSeconds(8)).until(() -> unsealed("conc-" + RUN + "-%") == 0);
        var seqs = jdbc.sql("SELECT seq FROM audit.record WHERE subject_id LIKE ?").param("conc-" + RUN + "-%")
                .query(Long.class).list();
        assertThat(seqs).hasSize(800).doesNotHaveDuplicates();
        // one transaction's records are committed, so sealed, together: in the order published
        var inOrder = jdbc.sql("""
                SELECT count(*) FROM audit.record f JOIN audit.record s ON s.subject_id = f.subject_id || '-second'
                WHERE f.subject_id LIKE ? AND f.seq < s.seq""").param("conc-" + RUN + "-%").query(Long.class).single();
        assertThat(inOrder).isEqualTo(400);
        var result = trail.verify();
        assertThat(result.intact()).as(result.reason()).isTrue();
        assertThat(result.checked()).isEqualTo(chain.head().lastSeq());
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

    @Test
    void verificationNamesTheGapWhereASealedRecordWasDeleted() {
        var victim = trail.append(new Tested("deleted"));
        trail.append(new Tested("after-deleted"));
        jdbc.sql("DELETE FROM audit.record WHERE id = ?").param(victim.id()).update();
        try {
            var result = trail.verify();
            assertThat(result.intact()).isFalse();
            // the first record that does not match is the one after the hole
            assertThat(result.firstBrokenSeq()).isEqualTo(victim.seq() + 1);
            assertThat(result.reason()).isEqualTo("sequence gap: expected " + victim.seq() + ", found " + (victim.seq() + 1));
        } finally {
            jdbc.sql("""
                    INSERT INTO audit.record (id, seq, occurred_at, actor, actor_roles, action, subject_type,
                                              subject_id, rule_ids, summary, prev_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(victim.id(), victim.seq(), Timestamp.from(victim.occurredAt()), victim.actor(),
                            victim.actorRoles(), victim.action(), victim.subjectType(), victim.subjectId(),
                            String.join(",", victim.ruleIds()), victim.summary(), victim.prevHash(), victim.hash())
                    .update();
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void recordsACrashLeftUnsealedAreSealedByVerify() {
        insertUnsealed("crash-verify-" + RUN, 3, Duration.ZERO);
        var result = trail.verify();
        assertThat(result.intact()).as(result.reason()).isTrue();
        assertThat(unsealed("crash-verify-" + RUN + "-%")).isZero();
    }

    @Test
    void recordsLeftUnsealedAreReportedAndSealedWhenTheSealerStarts() {
        sealer.stop();
        try {
            insertUnsealed("crash-start-" + RUN, 3, Duration.ofMinutes(10));
            var result = check.run();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isNull();
            assertThat(result.reason()).startsWith("3 record(s) not sealed");
        } finally {
            sealer.start();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> unsealed("crash-start-" + RUN + "-%") == 0);
        assertThat(check.run().intact()).isTrue();
    }

    @Test
    void theAuditPageListsARecordNotSealedYetWithoutSeqOrHash() throws Exception {
        sealer.stop();
        try {
            insertUnsealed("page-" + RUN, 1, Duration.ZERO);
            mvc.perform(get("/audit").param("subjectId", "page-" + RUN + "-0").with(user("a").roles("AUDITOR")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("待封存")));
        } finally {
            sealer.start();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> unsealed("page-" + RUN + "-%") == 0);
        mvc.perform(get("/audit").param("subjectId", "page-" + RUN + "-0").with(user("a").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("待封存"))));
    }

    @Test
    void theVerifyPageSealsWhatIsPendingAndSaysTheChainIsIntact() throws Exception {
        sealer.stop(); // so that only the page's verify can seal them
        try {
            insertUnsealed("verify-page-" + RUN, 2, Duration.ofMinutes(10));
            mvc.perform(get("/audit/verify").with(user("a").roles("AUDITOR")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("哈希链完整")));
            assertThat(unsealed("verify-page-" + RUN + "-%")).isZero();
        } finally {
            sealer.start();
        }
    }

    @Test
    void twoSealersOnOneDatabaseSealEveryRecordOnce() throws Exception {
        var otherNode = new ChainSealer(chain, transactions, Duration.ofHours(1), Duration.ZERO);
        insertUnsealed("two-sealers-" + RUN, 300, Duration.ZERO);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(sealer::sealPending);
            var b = pool.submit(otherNode::sealPending);
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
        assertThat(unsealed("two-sealers-" + RUN + "-%")).isZero();
        var result = check.run();
        assertThat(result.intact()).as(result.reason()).isTrue();
    }

    private void insertUnsealed(String prefix, int count, Duration ago) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                    INSERT INTO audit.record (occurred_at, actor, actor_roles, action, subject_type, subject_id,
                                              rule_ids, summary)
                    VALUES (?, 'system', '', 'test.crashed', 'test', ?, '', 'left unsealed')""")
                    .params(Timestamp.from(clock.instant().minus(ago)), prefix + "-" + i).update();
        }
    }

    private long unsealed(String subjectLike) {
        return jdbc.sql("SELECT count(*) FROM audit.record WHERE seq IS NULL AND subject_id LIKE ?")
                .param(subjectLike).query(Long.class).single();
    }
}

package org.zhengwu.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.platform.CurrentActor;

/**
 * The append-only, hash-chained audit trail. Every {@link Audited} event is recorded in the
 * transaction that published it (or at once, when there is none), so a change and its record
 * commit or roll back together.
 *
 * <p>A record is inserted unsealed, without its place in the chain; the {@link ChainSealer}
 * chains it right after the commit (docs/adr/0004-audit-sealed-after-commit.md). The request
 * path therefore takes no lock shared with other transactions.
 */
@Service
public class AuditTrail {

    private final AuditStore store;
    private final ChainSealer sealer;
    private final ChainCheck check;
    private final CurrentActor actor;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditTrail(AuditStore store, ChainSealer sealer, ChainCheck check, CurrentActor actor, Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.sealer = sealer;
        this.check = check;
        this.actor = actor;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        // also after a commit, where the finished transaction's connection is still bound
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(Audited event) {
        var entry = entry(event);
        if (inTransaction()) {
            var pending = (Pending) TransactionSynchronizationManager.getResource(this);
            if (pending == null) {
                pending = new Pending();
                TransactionSynchronizationManager.bindResource(this, pending);
                TransactionSynchronizationManager.registerSynchronization(pending);
            }
            if (!pending.flushed) {
                pending.entries.add(entry);
                return;
            }
        }
        // no transaction, or its records are already written: a transaction of its own
        ownTransaction.executeWithoutResult(status -> store.insertOne(entry));
        sealer.wake();
    }

    /**
     * Records the event as the current actor at once. Outside a transaction the record is
     * committed and sealed before this returns; inside one it is written in that transaction
     * and returned unsealed ({@code seq} null), to be sealed after the commit.
     */
    public AuditRecord append(Audited event) {
        long id = store.insertOne(entry(event));
        if (inTransaction()) {
            TransactionSynchronizationManager.registerSynchronization(new WakeAfterCommit());
        } else {
            sealer.sealPending();
        }
        return store.find(id).orElseThrow();
    }

    /** Seals what has committed, then recomputes the chain from the first record (see {@link Verification}). */
    public Verification verify() {
        sealer.sealPending();
        return check.run();
    }

    /** The records that match, newest first, sealed or not. */
    public List<AuditRecord> search(AuditQuery query) {
        return store.search(query);
    }

    private static boolean inTransaction() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive();
    }

    private AuditEntry entry(Audited event) {
        var who = actor.get();
        var roles = who.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        var rules = event.rules().stream().map(RuleId::value).toList();
        // millisecond precision: what both databases store and give back exactly
        var at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return new AuditEntry(at, who.username(), roles, event.action(), event.subject().type(), event.subject().id(),
                rules, event.summary());
    }

    private class WakeAfterCommit implements TransactionSynchronization {

        @Override
        public void afterCommit() {
            sealer.wake();
        }
    }

    /** The records of one transaction, inserted in one batch just before it commits. */
    private final class Pending extends WakeAfterCommit {

        final List<AuditEntry> entries = new ArrayList<>();
        boolean flushed;

        @Override
        public int getOrder() {
            // after the other synchronizations' beforeCommit work, which may publish more events
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            flushed = true;
            if (!entries.isEmpty()) {
                store.insert(List.copyOf(entries));
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
        }
    }
}

package org.zhengwu.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.platform.CurrentActor;

/**
 * The append-only, hash-chained audit trail. Every {@link Audited} event is appended in the
 * transaction that published it (or in one of its own), so a change and its record commit
 * or roll back together.
 *
 * <p>The chain has one head row, locked by whoever appends, so appends are serial. An event
 * published inside a transaction is therefore held until that transaction is about to commit
 * and its records are appended then, in the order published: the head stays locked for the
 * appends and the commit only, not for the rest of the business transaction (measured in
 * bench/intake.sh: the head lock was the whole wait of concurrent submissions).
 */
@Service
public class AuditTrail {

    private final AuditStore store;
    private final CurrentActor actor;
    private final Clock clock;
    private final TransactionTemplate tx;

    AuditTrail(AuditStore store, CurrentActor actor, Clock clock, TransactionTemplate tx) {
        this.store = store;
        this.actor = actor;
        this.clock = clock;
        this.tx = tx;
    }

    @EventListener
    void on(Audited event) {
        var entry = entry(event);
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
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
        write(List.of(entry));
    }

    /** Appends one record for the event, as the current actor, at once. */
    public AuditRecord append(Audited event) {
        return write(List.of(entry(event))).getLast();
    }

    /** What is recorded of an event, taken when it is published (who, when, what). */
    private Entry entry(Audited event) {
        var who = actor.get();
        var roles = who.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        var rules = event.rules().stream().map(RuleId::value).toList();
        // millisecond precision: what both databases store and give back exactly
        var at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return new Entry(at, who.username(), roles, event.action(), event.subject().type(), event.subject().id(), rules,
                event.summary());
    }

    /** Locks the head and appends the entries in order (in the caller's transaction, or one of its own). */
    private List<AuditRecord> write(List<Entry> entries) {
        return tx.execute(status -> {
            var head = store.lockHead();
            var seq = head.lastSeq();
            var prev = head.lastHash();
            var records = new ArrayList<AuditRecord>(entries.size());
            for (var e : entries) {
                seq++;
                var hash = ChainHash.of(seq, e.at(), e.actor(), e.roles(), e.action(), e.subjectType(), e.subjectId(),
                        e.rules(), e.summary(), prev);
                var record = new AuditRecord(seq, e.at(), e.actor(), e.roles(), e.action(), e.subjectType(),
                        e.subjectId(), e.rules(), e.summary(), prev, hash);
                store.append(record);
                records.add(record);
                prev = hash;
            }
            return records;
        });
    }

    private record Entry(Instant at, String actor, String roles, String action, String subjectType, String subjectId,
            List<String> rules, String summary) {
    }

    /** The records of one transaction, appended just before it commits. */
    private final class Pending implements TransactionSynchronization {

        final List<Entry> entries = new ArrayList<>();
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
                write(List.copyOf(entries));
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
        }
    }

    /** Recomputes the chain from the first record; names the first record that does not match. */
    public Verification verify() {
        var checked = new AtomicLong();
        var expectedPrev = new AtomicReference<>(ChainHash.GENESIS);
        var broken = new AtomicReference<Verification>();
        store.forEach(r -> {
            if (broken.get() != null) {
                return;
            }
            long n = checked.incrementAndGet();
            if (r.seq() != n) {
                broken.set(new Verification(n, r.seq(), "sequence gap: expected " + n + ", found " + r.seq()));
            } else if (!r.prevHash().equals(expectedPrev.get())) {
                broken.set(new Verification(n, r.seq(), "previous-hash link does not match record " + (n - 1)));
            } else if (!ChainHash.of(r).equals(r.hash())) {
                broken.set(new Verification(n, r.seq(), "content does not match its hash"));
            }
            expectedPrev.set(r.hash());
        });
        if (broken.get() != null) {
            return broken.get();
        }
        var head = store.head();
        if (head.lastSeq() != checked.get() || !head.lastHash().equals(expectedPrev.get())) {
            return new Verification(checked.get(), checked.get() + 1,
                    "records missing after " + checked.get() + " (head says " + head.lastSeq() + ")");
        }
        return new Verification(checked.get(), null, null);
    }

    public List<AuditRecord> search(AuditQuery query) {
        return store.search(query);
    }
}

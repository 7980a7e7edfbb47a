package org.zhengwu.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.platform.CurrentActor;

/**
 * The append-only, hash-chained audit trail. Every {@link Audited} event is appended in the
 * transaction that published it (or in one of its own), so a change and its record commit
 * or roll back together.
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
        append(event);
    }

    /** Appends one record for the event, as the current actor. */
    public AuditRecord append(Audited event) {
        var who = actor.get();
        var roles = who.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        var rules = event.rules().stream().map(RuleId::value).toList();
        return tx.execute(status -> {
            var head = store.lockHead();
            var seq = head.lastSeq() + 1;
            // millisecond precision: what both databases store and give back exactly
            var at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            var subject = event.subject();
            var hash = ChainHash.of(seq, at, who.username(), roles, event.action(), subject.type(), subject.id(),
                    rules, event.summary(), head.lastHash());
            var record = new AuditRecord(seq, at, who.username(), roles, event.action(), subject.type(),
                    subject.id(), rules, event.summary(), head.lastHash(), hash);
            store.append(record);
            return record;
        });
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

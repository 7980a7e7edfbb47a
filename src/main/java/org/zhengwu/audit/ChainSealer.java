package org.zhengwu.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains committed records: assigns each unsealed record the next {@code seq}, in the order of
 * their ids, and its previous hash and hash, then moves the head, in one short transaction that
 * holds the head row. One background thread per node runs it, {@code seal-gather} after a
 * commit that wrote records (the commits of that interval make one pass), every
 * {@code seal-every} as a safety net, and once at start-up for records a crash left unsealed. Two nodes may both
 * seal: the head row lock serialises them, and each seals only what the other has not.
 */
@Component
class ChainSealer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChainSealer.class);
    private static final int PAGE = 1000;

    private final ChainStore chain;
    private final TransactionTemplate tx;
    private final Duration every;
    private final Duration gather;
    private final AtomicBoolean passQueued = new AtomicBoolean();
    private volatile ScheduledExecutorService thread;

    ChainSealer(ChainStore chain, PlatformTransactionManager transactions,
            @Value("${zhengwu.audit.seal-every:10s}") Duration every,
            @Value("${zhengwu.audit.seal-gather:20ms}") Duration gather) {
        this.chain = chain;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.every = every;
        this.gather = gather;
    }

    /** Asks the background thread for a sealing pass in {@code seal-gather}; returns at once. */
    void wake() {
        var sealer = thread;
        if (sealer == null || !passQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            // a short delay gathers the commits of those milliseconds into one pass, which is itself
            // a write transaction: one pass per commit could nearly double the commits the database makes
            sealer.schedule(() -> {
                // cleared before reading: a commit after this point queues a pass of its own
                passQueued.set(false);
                sealQuietly();
            }, gather.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            // called after a commit: never fail it; the next start seals what is left
            passQueued.set(false);
        }
    }

    /** Seals every record committed so far, in the caller's thread; returns how many it sealed. */
    synchronized long sealPending() {
        long sealed = 0;
        int page;
        do {
            if (!chain.anyUnsealed()) {
                return sealed;
            }
            page = tx.execute(status -> sealPage());
            sealed += page;
        } while (page == PAGE);
        return sealed;
    }

    private int sealPage() {
        var head = chain.lockHead();
        var records = chain.unsealed(PAGE);
        if (records.isEmpty()) {
            return 0;
        }
        var sealed = new ArrayList<AuditRecord>(records.size());
        long seq = head.lastSeq();
        var prev = head.lastHash();
        for (var r : records) {
            var s = r.sealedAs(++seq, prev);
            sealed.add(s);
            prev = s.hash();
        }
        chain.seal(sealed);
        return sealed.size();
    }

    private void sealQuietly() {
        try {
            sealPending();
        } catch (RuntimeException e) {
            // the records stay unsealed and are sealed by the next pass; verify reports them if they stay
            log.warn("audit sealing pass failed; retrying in {}", every, e);
        }
    }

    @Override
    public void start() {
        var sealer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("audit-sealer").daemon()
                .factory());
        passQueued.set(false);
        thread = sealer;
        sealer.scheduleWithFixedDelay(this::sealQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        var sealer = thread;
        thread = null;
        if (sealer != null) {
            sealer.shutdown();
            try {
                sealer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}

package org.zhengwu.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Recomputes the sealed chain from the first record and names the first record that does not
 * match; then looks for records left unsealed longer than {@code unsealed-grace} (a sealer
 * that has stopped working, or a record written behind the application's back).
 */
@Component
class ChainCheck {

    private final AuditStore records;
    private final ChainStore chain;
    private final Clock clock;
    private final Duration grace;

    ChainCheck(AuditStore records, ChainStore chain, Clock clock,
            @Value("${zhengwu.audit.unsealed-grace:1m}") Duration grace) {
        this.records = records;
        this.chain = chain;
        this.clock = clock;
        this.grace = grace;
    }

    Verification run() {
        var checked = new AtomicLong();
        var expectedPrev = new AtomicReference<>(ChainHash.GENESIS);
        var broken = new AtomicReference<Verification>();
        records.forEachSealed(r -> {
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
        var head = chain.head();
        if (head.lastSeq() != checked.get() || !head.lastHash().equals(expectedPrev.get())) {
            return new Verification(checked.get(), checked.get() + 1,
                    "records missing after " + checked.get() + " (head says " + head.lastSeq() + ")");
        }
        return unsealed(checked.get());
    }

    private Verification unsealed(long checked) {
        var left = records.unsealedBefore(clock.instant().minus(grace));
        if (left.count() == 0) {
            return new Verification(checked, null, null);
        }
        return new Verification(checked, null, left.count() + " record(s) not sealed for more than " + grace
                + ", the oldest id " + left.oldestId() + " of " + left.oldestAt());
    }
}

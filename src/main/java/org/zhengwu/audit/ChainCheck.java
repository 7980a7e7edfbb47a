package org.zhengwu.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
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
            if (broken.get() == null) {
                long n = checked.incrementAndGet();
                mismatch(r, n, expectedPrev.get()).ifPresent(why -> broken.set(new Verification(n, r.seq(), why)));
                expectedPrev.set(r.hash());
            }
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

    /** Why the n-th sealed record, expected to follow a record hashed {@code expectedPrev}, does not fit. */
    private static Optional<String> mismatch(AuditRecord r, long n, String expectedPrev) {
        if (r.seq() != n) {
            return Optional.of("sequence gap: expected " + n + ", found " + r.seq());
        }
        if (!r.prevHash().equals(expectedPrev)) {
            return Optional.of("previous-hash link does not match record " + (n - 1));
        }
        return ChainHash.of(r).equals(r.hash()) ? Optional.empty() : Optional.of("content does not match its hash");
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

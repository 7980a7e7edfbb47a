package org.zhengwu.document.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhengwu.document.outgoing.OutgoingFixture.as;
import static org.zhengwu.document.outgoing.OutgoingFixture.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.IntegrationTest;
import org.zhengwu.kernel.Role;

/**
 * Two people on the same step: one wins, the other is refused whole (409 over HTTP). Numbers given
 * by concurrent sign-offs are gap-free. Run on H2 and, with -Dzhengwu.test.db.url, on PostgreSQL.
 */
@IntegrationTest
class OutgoingConcurrencyTests extends OutgoingTestBase {

    @Test
    @DisplayName("WR-58 the same review taken twice at once: exactly one wins, the other is refused, one step recorded")
    void theSameStepTakenTwiceAtOnceIsTakenOnce() throws Exception {
        var id = drafted("a", draft(Issuer.GOVERNMENT, Category.OTHER));
        as(gov.clerk("a"), () -> desk.submit(id));
        var dsg1 = gov.leader("dsg1", Role.DEPUTY_SECRETARY_GENERAL);
        var outcomes = race(4, () -> as(dsg1, () -> signOff.review(id, "BUSINESS_REVIEW", true, "同意", false)));
        assertThat(outcomes.stream().filter(o -> o == null)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o instanceof OutgoingConflict)).hasSize(3);
        assertThat(view(id).draft().reviewStep()).isEqualTo(1);
        assertThat(view(id).steps()).filteredOn(s -> s.kind() == StepKind.REVIEWED).hasSize(1);
    }

    @Test
    @DisplayName("numbers given by 12 sign-offs on parallel threads are 1…12 of the prefix and year: no gap, no duplicate")
    void concurrentSignOffsGiveGapFreeNumbers() throws Exception {
        var prefix = "测" + (char) ('一' + ThreadLocalRandom.current().nextInt(20000)) + (char) ('一' + ThreadLocalRandom.current().nextInt(20000));
        var ids = IntStream.range(0, 12).mapToObj(i -> {
            var id = drafted("a", draft(Issuer.DEPARTMENT, Category.OTHER).prefix(prefix).body("现将第" + i + "项工作通知如下。")
                    .addressees("市直各部门"));
            as(gov.clerk("a"), () -> desk.submit(id));
            return id;
        }).toList();
        var numbers = new ConcurrentLinkedQueue<String>();
        var pool = Executors.newFixedThreadPool(6);
        var start = new CountDownLatch(1);
        var done = new ArrayList<java.util.concurrent.Future<?>>();
        for (var id : ids) {
            done.add(pool.submit(() -> {
                start.await();
                numbers.add(as(gov.headOfA(), () -> signOff.signOff(id, "签发")));
                return null;
            }));
        }
        start.countDown();
        for (var f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        var expected = IntStream.rangeClosed(1, 12).mapToObj(n -> prefix + "〔2022〕" + n + "号").toList();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Runs the action on n threads released together; null for a success, else what was thrown. */
    static List<Object> race(int n, Runnable action) throws Exception {
        var pool = Executors.newFixedThreadPool(n);
        var start = new CountDownLatch(1);
        var futures = new ArrayList<java.util.concurrent.Future<Object>>();
        for (int i = 0; i < n; i++) {
            futures.add(pool.submit((Callable<Object>) () -> {
                start.await();
                try {
                    action.run();
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        var out = new ArrayList<Object>();
        for (var f : futures) {
            out.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return out;
    }
}

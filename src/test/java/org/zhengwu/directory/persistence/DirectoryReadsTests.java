package org.zhengwu.directory.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.IntegrationTest;
import org.zhengwu.directory.Person;
import org.zhengwu.kernel.PersonId;

/** The directory's stores answer from memory between writes, and never with what a write did not commit. */
@IntegrationTest
class DirectoryReadsTests {

    @Autowired
    PersonStore people;
    @Autowired
    UnitStore units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    @DisplayName("a read is answered from memory while the revision stands, from the tables once it is raised")
    void remembersWhileTheRevisionStands() {
        var id = newId();
        tx.executeWithoutResult(s -> people.insert(new Person(id, "甲")));
        assertThat(people.find(id)).map(Person::name).contains("甲");

        // changed behind the stores' back, the revision not raised: the remembered answer stands
        long revision = revision();
        jdbc.sql("UPDATE directory.person SET name = '乙' WHERE id = ?").param(id.value()).update();
        var found = people.find(id);
        assumeStood(revision);
        assertThat(found).map(Person::name).contains("甲");

        // raised, as every write through a store on any node raises it: the tables are read again
        jdbc.sql("UPDATE directory.revision SET n = n + 1 WHERE id = 1").update();
        assertThat(people.find(id)).map(Person::name).contains("乙");
    }

    @Test
    @DisplayName("a committed write is seen by the next read, though the answer before it was remembered")
    void aCommittedWriteIsSeen() {
        var id = newId();
        assertThat(people.find(id)).isEmpty();
        assertThat(people.find(id)).isEmpty();
        tx.executeWithoutResult(s -> people.insert(new Person(id, "丙")));
        assertThat(people.find(id)).map(Person::name).contains("丙");
    }

    @Test
    @DisplayName("a transaction that wrote reads its own writes; rolled back, they are never remembered")
    void aRolledBackWriteIsNeverRemembered() {
        var id = newId();
        assertThat(people.find(id)).isEmpty();
        tx.executeWithoutResult(s -> {
            assertThat(people.find(id)).isEmpty();
            people.insert(new Person(id, "丁"));
            assertThat(people.find(id)).map(Person::name).contains("丁");
            s.setRollbackOnly();
        });
        assertThat(people.find(id)).isEmpty();

        // the next committed write takes the revision number the rolled-back one had taken
        var other = newId();
        tx.executeWithoutResult(s -> people.insert(new Person(other, "戊")));
        assertThat(people.find(id)).isEmpty();
        assertThat(people.find(other)).map(Person::name).contains("戊");
    }

    @Test
    @DisplayName("a transaction raises the revision once, before its first write, and holds it to its end")
    void aTransactionRaisesTheRevisionOnce() {
        long before = revision();
        var seen = tx.execute(s -> {
            people.insert(new Person(newId(), "己"));
            long first = revision();
            people.insert(new Person(newId(), "庚"));
            people.insert(new Person(newId(), "辛"));
            return new long[] {first, revision()};
        });
        assertThat(seen[0]).isGreaterThan(before);
        // no other writer can raise it meanwhile: this transaction holds the revision's row
        assertThat(seen[1]).isEqualTo(seen[0]);
    }

    @Test
    @DisplayName("readers on other threads see every write committed before they ask, while writes go on")
    void concurrentReadersSeeEveryCommittedWrite() throws Exception {
        var ids = IntStream.range(0, 40).mapToObj(i -> newId()).toList();
        var committed = new AtomicInteger();   // how many of ids are committed
        var failures = new ConcurrentLinkedQueue<String>();
        var done = new AtomicBoolean();
        Runnable reader = () -> {
            while (!done.get()) {
                int known = committed.get();
                if (known < ids.size()) {
                    people.find(ids.get(known));   // not committed yet, or just now: its absence is remembered
                }
                for (int i = 0; i < known; i++) {
                    if (people.find(ids.get(i)).isEmpty()) {
                        failures.add("person " + i + " of " + known + " committed not found");
                    }
                }
                // and within one transaction, as the intake checks read
                tx.executeWithoutResult(s -> {
                    int n = committed.get();
                    for (int i = 0; i < n; i++) {
                        if (people.find(ids.get(i)).isEmpty()) {
                            failures.add("person " + i + " of " + n + " committed before the transaction not found");
                        }
                    }
                });
            }
        };
        var readers = Stream.generate(() -> new Thread(reader)).limit(3).toList();
        readers.forEach(Thread::start);
        try {
            for (var id : ids) {
                tx.executeWithoutResult(s -> people.insert(new Person(id, "壬")));
                committed.incrementAndGet();
            }
        } finally {
            done.set(true);
            for (var t : readers) {
                t.join(10_000);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    @DisplayName("a question about nothing (a name not given) is answered like any other")
    void aNullArgumentIsAQuestionLikeAnother() {
        assertThat(units.byName(null)).isEmpty();
        assertThat(units.byName(null)).isEmpty();
    }

    @Test
    @DisplayName("beyond its limit of answers at one revision, a question is answered from the tables each time")
    void remembersNoMoreThanItsLimit() {
        var reads = new DirectoryReads(jdbc, 2);
        var loads = new AtomicInteger();
        long revision = revision();
        for (int round = 0; round < 2; round++) {
            for (int question = 1; question <= 3; question++) {
                int q = question;
                reads.get(() -> "answer " + q + " load " + loads.incrementAndGet(), "question", q);
            }
        }
        // the first two questions were loaded once, the third each time it was asked
        assumeStood(revision);
        assertThat(loads).hasValue(4);
    }

    private long revision() {
        return jdbc.sql("SELECT n FROM directory.revision WHERE id = 1").query(Long.class).single();
    }

    /** Another test's listener may write to the directory meanwhile: then this test proves nothing. */
    private void assumeStood(long revision) {
        assumeTrue(revision() == revision, "the directory was written meanwhile");
    }

    private static PersonId newId() {
        return new PersonId("reads-" + UUID.randomUUID());
    }
}

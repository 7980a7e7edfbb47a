package org.zhengwu.directory.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Directory reads remembered between writes. The directory changes seldom and is read on every
 * intake check, routing and leave decision, so its stores answer from memory while the
 * directory's revision (a row every write raises in its own transaction) is the one the
 * answers were read at. A transaction reads the revision once; one that has written to the
 * directory reads the tables themselves from then on, so what it has not committed is never
 * remembered. Answers are immutable values.
 */
@Component
class DirectoryReads {

    /**
     * At most this many answers are remembered at one revision: questions by day (who is away on
     * a day) are many over months without a write; beyond this they are answered from the tables.
     */
    static final int MAX_ANSWERS = 50_000;

    private final JdbcClient jdbc;
    private final int maxAnswers;
    private final AtomicReference<Remembered> remembered = new AtomicReference<>(new Remembered(-1));

    @Autowired
    DirectoryReads(JdbcClient jdbc) {
        this(jdbc, MAX_ANSWERS);
    }

    DirectoryReads(JdbcClient jdbc, int maxAnswers) {
        this.jdbc = jdbc;
        this.maxAnswers = maxAnswers;
    }

    /** Answers remembered at one revision. */
    private record Remembered(long revision, Map<List<Object>, Object> answers) {

        Remembered(long revision) {
            this(revision, new ConcurrentHashMap<>());
        }
    }

    /** What one transaction knows: the revision it read (at its first read), and whether it wrote. */
    private static final class InTransaction {
        Long revision;
        boolean wrote;
    }

    /** The remembered answer to the question (a store's method and its arguments), else the loaded one. */
    @SuppressWarnings("unchecked")
    <T> T get(Supplier<T> load, Object... question) {
        var tx = inTransaction();
        if (tx != null && tx.wrote) {
            return load.get();
        }
        if (tx != null && tx.revision == null) {
            tx.revision = revision();
        }
        long revision = tx != null ? tx.revision : revision();
        var now = remembered.get();
        if (now.revision() < revision) {
            var fresh = new Remembered(revision);
            now = remembered.compareAndSet(now, fresh) ? fresh : remembered.get();
        }
        if (now.revision() != revision) {
            return load.get();   // a transaction that began before the latest write: its own view
        }
        var key = Arrays.asList(question);   // an argument may be null (a name not given)
        var answer = now.answers().get(key);
        if (answer == null) {
            answer = load.get();
            if (now.answers().size() < maxAnswers) {
                now.answers().putIfAbsent(key, answer);
            }
        }
        return (T) answer;
    }

    /**
     * Runs a write to the directory's tables, raising the revision. In a transaction the revision
     * is raised before its first write, once: transactions that write to the directory then take
     * its row first and one after the other, so two of them cannot deadlock on the rows they
     * write in different orders. A write committed at once raises it after itself, so that nobody
     * remembers the rows before it under the new revision.
     */
    int write(IntSupplier write) {
        var tx = inTransaction();
        if (tx != null && TransactionSynchronizationManager.isActualTransactionActive()) {
            if (!tx.wrote) {
                raise();
                tx.wrote = true;
            }
            return write.getAsInt();
        }
        int rows = write.getAsInt();
        raise();
        if (tx != null) {
            tx.wrote = true;
        }
        return rows;
    }

    private void raise() {
        jdbc.sql("UPDATE directory.revision SET n = n + 1 WHERE id = 1").update();
    }

    private long revision() {
        return jdbc.sql("SELECT n FROM directory.revision WHERE id = 1").query(Long.class).single();
    }

    private InTransaction inTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        var tx = (InTransaction) TransactionSynchronizationManager.getResource(this);
        if (tx == null) {
            tx = new InTransaction();
            TransactionSynchronizationManager.bindResource(this, tx);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DirectoryReads.this);
                }
            });
        }
        return tx;
    }
}

package org.zhengwu.document.outgoing;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gap-free document numbers per prefix and year. The next number is taken under the counter
 * row's lock in the caller's transaction: concurrent sign-offs wait for each other, and a
 * sign-off that rolls back gives its number back.
 */
@Repository
class NumberCounter {

    private final JdbcClient jdbc;
    private final TransactionTemplate own;

    NumberCounter(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int next(String prefix, int year) {
        ensureSeries(prefix, year);
        jdbc.sql("UPDATE document.outgoing_number SET last_seq = last_seq + 1 WHERE prefix = ? AND num_year = ?")
                .params(prefix, year).update();
        return jdbc.sql("SELECT last_seq FROM document.outgoing_number WHERE prefix = ? AND num_year = ?")
                .params(prefix, year).query(Integer.class).single();
    }

    /**
     * The year's counter row, at 0, created in a transaction of its own: a duplicate from a
     * concurrent start aborts only that one (PostgreSQL aborts a transaction on any error).
     */
    private void ensureSeries(String prefix, int year) {
        own.executeWithoutResult(status -> {
            var exists = jdbc.sql("SELECT COUNT(*) FROM document.outgoing_number WHERE prefix = ? AND num_year = ?")
                    .params(prefix, year).query(Integer.class).single() > 0;
            if (!exists) {
                try {
                    jdbc.sql("INSERT INTO document.outgoing_number (prefix, num_year, last_seq) VALUES (?, ?, 0)")
                            .params(prefix, year).update();
                } catch (DuplicateKeyException e) {
                    status.setRollbackOnly();
                }
            }
        });
    }
}

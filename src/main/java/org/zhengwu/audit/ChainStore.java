package org.zhengwu.audit;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The head of the chain and the sealing of records onto it; written by the sealer only. */
@Repository
class ChainStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ChainStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    record Head(long lastSeq, String lastHash) {
    }

    /** Locks the head until the transaction ends: sealers are serialised, across nodes too. */
    Head lockHead() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit.chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
    }

    Head head() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit.chain_head WHERE id = 1")
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    boolean anyUnsealed() {
        return jdbc.sql("SELECT id FROM audit.record WHERE seq IS NULL LIMIT 1").query(Long.class).optional()
                .isPresent();
    }

    /** The committed records not sealed yet, in write order. */
    List<AuditRecord> unsealed(int limit) {
        return jdbc.sql("SELECT * FROM audit.record WHERE seq IS NULL ORDER BY id LIMIT ?").param(limit)
                .query(AuditStore::map).list();
    }

    /** Writes the chain fields of the records (which must still be unsealed) and moves the head to the last. */
    void seal(List<AuditRecord> sealed) {
        var counts = batch.batchUpdate("UPDATE audit.record SET seq = ?, prev_hash = ?, hash = ? "
                + "WHERE id = ? AND seq IS NULL", sealed, sealed.size(), (ps, r) -> {
                    ps.setLong(1, r.seq());
                    ps.setString(2, r.prevHash());
                    ps.setString(3, r.hash());
                    ps.setLong(4, r.id());
                });
        for (var perBatch : counts) {
            for (int count : perBatch) {
                // the head lock makes this impossible unless someone else wrote the chain fields
                if (count == 0) {
                    throw new IllegalStateException("an audit record was sealed by someone else during sealing");
                }
            }
        }
        var last = sealed.getLast();
        jdbc.sql("UPDATE audit.chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")
                .params(last.seq(), last.hash()).update();
    }
}

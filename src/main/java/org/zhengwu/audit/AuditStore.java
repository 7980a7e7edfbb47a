package org.zhengwu.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditStore {

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Head(long lastSeq, String lastHash) {
    }

    /** Locks the head of the chain until the transaction ends: appends are serialised. */
    Head lockHead() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit.chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
    }

    void append(AuditRecord r) {
        jdbc.sql("""
                INSERT INTO audit.record (seq, occurred_at, actor, actor_roles, action, subject_type, subject_id,
                                          rule_ids, summary, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.seq(), Timestamp.from(r.occurredAt()), r.actor(), r.actorRoles(), r.action(),
                        r.subjectType(), r.subjectId(), String.join(",", r.ruleIds()), r.summary(), r.prevHash(),
                        r.hash())
                .update();
        jdbc.sql("UPDATE audit.chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")
                .params(r.seq(), r.hash()).update();
    }

    /** Streams every record in chain order, a page at a time. */
    void forEach(Consumer<AuditRecord> each) {
        long after = 0;
        List<AuditRecord> page;
        do {
            page = jdbc.sql("SELECT * FROM audit.record WHERE seq > ? ORDER BY seq LIMIT 1000")
                    .param(after).query(AuditStore::map).list();
            page.forEach(each);
            if (!page.isEmpty()) {
                after = page.getLast().seq();
            }
        } while (page.size() == 1000);
    }

    Head head() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit.chain_head WHERE id = 1")
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    List<AuditRecord> search(AuditQuery q) {
        var sql = new StringBuilder("SELECT * FROM audit.record WHERE 1 = 1");
        var params = new java.util.ArrayList<Object>();
        if (q.actor() != null && !q.actor().isBlank()) {
            sql.append(" AND actor = ?");
            params.add(q.actor().strip());
        }
        if (q.action() != null && !q.action().isBlank()) {
            sql.append(" AND action LIKE ?");
            params.add(q.action().strip() + "%");
        }
        if (q.subjectType() != null && !q.subjectType().isBlank()) {
            sql.append(" AND subject_type = ?");
            params.add(q.subjectType().strip());
        }
        if (q.subjectId() != null && !q.subjectId().isBlank()) {
            sql.append(" AND subject_id = ?");
            params.add(q.subjectId().strip());
        }
        if (q.beforeSeq() != null) {
            sql.append(" AND seq < ?");
            params.add(q.beforeSeq());
        }
        sql.append(" ORDER BY seq DESC LIMIT ?");
        params.add(q.limit());
        return jdbc.sql(sql.toString()).params(params).query(AuditStore::map).list();
    }

    static AuditRecord map(ResultSet rs, int row) throws SQLException {
        var rules = rs.getString("rule_ids");
        return new AuditRecord(
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                rs.getString("actor_roles"),
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rules == null || rules.isEmpty() ? List.of() : Arrays.asList(rules.split(",")),
                rs.getString("summary"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}

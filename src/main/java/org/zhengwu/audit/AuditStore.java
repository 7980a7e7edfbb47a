package org.zhengwu.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The records: inserted unsealed, read back in write order or, once sealed, in chain order. */
@Repository
class AuditStore {

    private static final String INSERT = """
            INSERT INTO audit.record (occurred_at, actor, actor_roles, action, subject_type, subject_id, rule_ids,
                                      summary)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AuditStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Inserts the entries unsealed, in order, in one JDBC batch. */
    void insert(List<AuditEntry> entries) {
        batch.batchUpdate(INSERT, entries, entries.size(), AuditStore::bind);
    }

    /** Inserts one entry unsealed; returns its id. */
    long insertOne(AuditEntry entry) {
        var keys = new GeneratedKeyHolder();
        batch.update(con -> {
            var ps = con.prepareStatement(INSERT, new String[] {"id"});
            bind(ps, entry);
            return ps;
        }, keys);
        return keys.getKeyAs(Long.class);
    }

    private static void bind(PreparedStatement ps, AuditEntry e) throws SQLException {
        ps.setTimestamp(1, Timestamp.from(e.at()));
        ps.setString(2, e.actor());
        ps.setString(3, e.roles());
        ps.setString(4, e.action());
        ps.setString(5, e.subjectType());
        ps.setString(6, e.subjectId());
        ps.setString(7, String.join(",", e.rules()));
        ps.setString(8, e.summary());
    }

    Optional<AuditRecord> find(long id) {
        return jdbc.sql("SELECT * FROM audit.record WHERE id = ?").param(id).query(AuditStore::map).optional();
    }

    /** Streams every sealed record in chain order, a page at a time. */
    void forEachSealed(Consumer<AuditRecord> each) {
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

    /** How many records are still unsealed that occurred before {@code before}, and the oldest of them. */
    record Unsealed(long count, Long oldestId, Instant oldestAt) {
    }

    Unsealed unsealedBefore(Instant before) {
        return jdbc.sql("SELECT count(*), min(id), min(occurred_at) FROM audit.record "
                + "WHERE seq IS NULL AND occurred_at < ?").param(Timestamp.from(before))
                .query((rs, i) -> new Unsealed(rs.getLong(1), rs.getObject(2, Long.class),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .single();
    }

    List<AuditRecord> search(AuditQuery q) {
        var sql = new StringBuilder("SELECT * FROM audit.record WHERE 1 = 1");
        var params = new ArrayList<Object>();
        filter(sql, params, " AND actor = ?", q.actor(), "");
        filter(sql, params, " AND action LIKE ?", q.action(), "%");
        filter(sql, params, " AND subject_type = ?", q.subjectType(), "");
        filter(sql, params, " AND subject_id = ?", q.subjectId(), "");
        if (q.beforeId() != null) {
            sql.append(" AND id < ?");
            params.add(q.beforeId());
        }
        // write order, not chain order: the newest records may not be sealed yet
        sql.append(" ORDER BY id DESC LIMIT ?");
        params.add(q.limit());
        return jdbc.sql(sql.toString()).params(params).query(AuditStore::map).list();
    }

    private static void filter(StringBuilder sql, List<Object> params, String condition, String value, String suffix) {
        if (value != null && !value.isBlank()) {
            sql.append(condition);
            params.add(value.strip() + suffix);
        }
    }

    static AuditRecord map(ResultSet rs, int row) throws SQLException {
        var rules = rs.getString("rule_ids");
        return new AuditRecord(
                rs.getLong("id"),
                rs.getObject("seq", Long.class),
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

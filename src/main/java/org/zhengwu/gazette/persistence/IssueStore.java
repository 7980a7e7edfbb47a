package org.zhengwu.gazette.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengwu.gazette.IssueStatus;
import org.zhengwu.gazette.IssueSummary;

/** Issues: their key, numbers, status and current version. */
@Repository
public class IssueStore {

    private static final String SELECT = "SELECT i.*, (SELECT COUNT(*) FROM gazette.document d WHERE d.issue_id = i.id)"
            + " AS documents FROM gazette.issue i ";
    private static final String ORDER = " ORDER BY i.issue_year DESC, i.issue_number DESC, i.id DESC";

    private final JdbcClient jdbc;

    IssueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The issue of this key, locked until the transaction ends (two imports of one issue queue up). */
    public Optional<Long> lock(String issueKey) {
        return jdbc.sql("SELECT id FROM gazette.issue WHERE issue_key = ? FOR UPDATE").param(issueKey)
                .query(Long.class).optional();
    }

    public long insert(String issueKey, IssueSummary issue, String contentHash) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO gazette.issue (issue_key, title, issue_year, issue_number, serial, standalone, status,"
                        + " version, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(issueKey, issue.title(), issue.year(), issue.number(), issue.serial(), issue.standalone(),
                        IssueStatus.DRAFT.name(), 1, contentHash)
                .update(keys, "id");   // the new row is this transaction's until it ends: no lock to take
        return keys.getKeyAs(Number.class).longValue();
    }

    public void newVersion(long id, Integer serial, String contentHash) {
        jdbc.sql("UPDATE gazette.issue SET version = version + 1, serial = ?, content_hash = ? WHERE id = ?")
                .params(serial, contentHash, id).update();
    }

    public void publish(long id, String by, Instant at, LocalDate on) {
        jdbc.sql("UPDATE gazette.issue SET status = ?, published_by = ?, published_at = ?, published_on = ? WHERE id = ?")
                .params(IssueStatus.PUBLISHED.name(), by, at.atOffset(ZoneOffset.UTC), on, id).update();
    }

    public String contentHash(long id) {
        return jdbc.sql("SELECT content_hash FROM gazette.issue WHERE id = ?").param(id).query(String.class).single();
    }

    public Optional<IssueSummary> find(long id) {
        return jdbc.sql(SELECT + "WHERE i.id = ?").param(id).query(IssueStore::map).optional();
    }

    /** The issue numbered {@code number} of {@code year} (not a standalone document). */
    public Optional<IssueSummary> find(int year, int number) {
        return jdbc.sql(SELECT + "WHERE i.issue_year = ? AND i.issue_number = ? AND i.standalone = FALSE" + ORDER)
                .params(year, number).query(IssueStore::map).list().stream().findFirst();
    }

    public List<IssueSummary> all() {
        return jdbc.sql(SELECT + ORDER).query(IssueStore::map).list();
    }

    public List<IssueSummary> published() {
        return jdbc.sql(SELECT + "WHERE i.status = 'PUBLISHED'" + ORDER).query(IssueStore::map).list();
    }

    static IssueSummary map(ResultSet rs, int row) throws SQLException {
        return new IssueSummary(rs.getLong("id"), rs.getString("title"), rs.getInt("issue_year"),
                rs.getInt("issue_number"), rs.getObject("serial", Integer.class), rs.getBoolean("standalone"),
                IssueStatus.valueOf(rs.getString("status")), rs.getInt("version"), rs.getInt("documents"),
                rs.getObject("published_on", LocalDate.class));
    }
}

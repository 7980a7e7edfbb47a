package org.zhengwu.escalation.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.escalation.StepView;
import org.zhengwu.escalation.domain.Addressees;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;
import org.zhengwu.rulepack.Ladder.Action;

/** The steps that fired. A step fires once: (ladder, subject, cycle, step, occurrence) is unique. */
@Repository
public class StepStore {

    private final JdbcClient jdbc;

    StepStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a new fired step records. */
    public record NewStep(String ladderId, RuleId rule, SubjectRef subject, String label, String cycle, int stepIndex,
            int occurrence, Action action, Addressees recipients, String cause, LocalDate due, LocalDate fireDate) {
    }

    public boolean exists(String ladderId, SubjectRef subject, String cycle, int stepIndex, int occurrence) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM escalation.step WHERE ladder_id = ? AND subject_type = ? AND subject_id = ?
                AND cycle = ? AND step_index = ? AND occurrence = ?""")
                .params(ladderId, subject.type(), subject.id(), cycle, stepIndex, occurrence)
                .query(Integer.class).single() > 0;
    }

    public long insert(NewStep s, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO escalation.step (ladder_id, rule_id, subject_type, subject_id, label, cycle, step_index,
                    occurrence, action, recipients, cause, due_date, fire_date, fired_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.ladderId(), s.rule().value(), s.subject().type(), s.subject().id(), s.label(), s.cycle(),
                        s.stepIndex(), s.occurrence(), s.action().name(), s.recipients().encoded(), s.cause(),
                        s.due() == null ? null : Date.valueOf(s.due()), Date.valueOf(s.fireDate()), Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean acknowledge(long id, String by, String note, Instant now) {
        return jdbc.sql("""
                UPDATE escalation.step SET acknowledged_at = ?, acknowledged_by = ?, ack_note = ?
                WHERE id = ? AND acknowledged_at IS NULL""")
                .params(Timestamp.from(now), by, note, id).update() == 1;
    }

    public Optional<StepView> byId(long id) {
        return jdbc.sql("SELECT * FROM escalation.step WHERE id = ?").param(id).query(StepStore::map).optional();
    }

    public List<StepView> forSubject(SubjectRef subject) {
        return jdbc.sql("SELECT * FROM escalation.step WHERE subject_type = ? AND subject_id = ? ORDER BY id")
                .params(subject.type(), subject.id()).query(StepStore::map).list();
    }

    /** Steps addressed to any of the tokens, newest first; unacknowledged only when asked. */
    public List<StepView> addressedTo(Collection<String> tokens, boolean openOnly, int limit) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        var sql = new StringBuilder("SELECT * FROM escalation.step WHERE (");
        var params = new ArrayList<Object>();
        for (var token : tokens) {
            sql.append(params.isEmpty() ? "" : " OR ").append("recipients LIKE ?");
            params.add(Addressees.likePattern(token));
        }
        sql.append(")").append(openOnly ? " AND acknowledged_at IS NULL" : "").append(" ORDER BY id DESC LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(StepStore::map).list();
    }

    public List<StepView> recent(boolean openOnly, int limit) {
        return jdbc.sql("SELECT * FROM escalation.step" + (openOnly ? " WHERE acknowledged_at IS NULL" : "")
                        + " ORDER BY id DESC LIMIT ?")
                .param(limit).query(StepStore::map).list();
    }

    private static StepView map(ResultSet rs, int row) throws SQLException {
        var ack = rs.getTimestamp("acknowledged_at");
        return new StepView(rs.getLong("id"), rs.getString("ladder_id"), RuleId.of(rs.getString("rule_id")),
                new SubjectRef(rs.getString("subject_type"), rs.getString("subject_id")), rs.getString("label"),
                rs.getInt("step_index"), rs.getInt("occurrence"), Action.valueOf(rs.getString("action")),
                Addressees.decode(rs.getString("recipients")).tokens(), rs.getString("cause"),
                rs.getDate("due_date") == null ? null : rs.getDate("due_date").toLocalDate(),
                rs.getDate("fire_date").toLocalDate(), rs.getTimestamp("fired_at").toInstant(),
                ack == null ? null : ack.toInstant(), rs.getString("acknowledged_by"), rs.getString("ack_note"));
    }
}

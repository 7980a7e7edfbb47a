package org.zhengwu.escalation.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.escalation.domain.DeadlinePlan.Planned;
import org.zhengwu.kernel.SubjectRef;

/** Watches and their pending steps: the durable timers of the deadline ladders. */
@Repository
public class WatchStore {

    private final JdbcClient jdbc;

    WatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Watch> find(String ladderId, SubjectRef subject) {
        return jdbc.sql("SELECT * FROM escalation.watch WHERE ladder_id = ? AND subject_type = ? AND subject_id = ?")
                .params(ladderId, subject.type(), subject.id()).query(WatchStore::map).optional();
    }

    public Optional<Watch> byId(String id) {
        return jdbc.sql("SELECT * FROM escalation.watch WHERE id = ?").param(id).query(WatchStore::map).optional();
    }

    /**
     * The watch, its row locked until the transaction ends: a re-plan reads the due date that a
     * concurrent {@code watch} (an owner moving the date) has committed, never an older one.
     */
    public Optional<Watch> lock(String id) {
        return jdbc.sql("SELECT * FROM escalation.watch WHERE id = ? FOR UPDATE").param(id).query(WatchStore::map).optional();
    }

    public List<Watch> active() {
        return jdbc.sql("SELECT * FROM escalation.watch WHERE active ORDER BY due_date").query(WatchStore::map).list();
    }

    public void insert(Watch w, Instant now) {
        jdbc.sql("""
                INSERT INTO escalation.watch (id, ladder_id, subject_type, subject_id, label, due_date, start_step, active, started_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?)""")
                .params(w.id(), w.ladderId(), w.subject().type(), w.subject().id(), w.label(), Date.valueOf(w.due()),
                        w.startStep(), Timestamp.from(now))
                .update();
    }

    public void reopen(Watch w) {
        jdbc.sql("UPDATE escalation.watch SET label = ?, due_date = ?, start_step = ?, active = TRUE, closed_at = NULL WHERE id = ?")
                .params(w.label(), Date.valueOf(w.due()), w.startStep(), w.id()).update();
    }

    public void close(String watchId, Instant now) {
        jdbc.sql("UPDATE escalation.watch SET active = FALSE, closed_at = ? WHERE id = ?")
                .params(Timestamp.from(now), watchId).update();
        jdbc.sql("DELETE FROM escalation.pending_step WHERE watch_id = ?").param(watchId).update();
    }

    /** Replaces the pending steps of a watch with the given plan. */
    public void replacePending(String watchId, List<Planned> plan) {
        jdbc.sql("DELETE FROM escalation.pending_step WHERE watch_id = ?").param(watchId).update();
        for (var p : plan) {
            jdbc.sql("INSERT INTO escalation.pending_step (watch_id, step_index, fire_on) VALUES (?, ?, ?)")
                    .params(watchId, p.stepIndex(), Date.valueOf(p.fireOn())).update();
        }
    }

    public List<Planned> pending(String watchId) {
        return jdbc.sql("SELECT step_index, fire_on FROM escalation.pending_step WHERE watch_id = ? ORDER BY step_index")
                .param(watchId)
                .query((rs, i) -> new Planned(rs.getInt(1), rs.getDate(2).toLocalDate())).list();
    }

    /** The pending steps due on or before the day, oldest first. */
    public List<DuePending> dueBy(LocalDate day, int limit) {
        return jdbc.sql("""
                SELECT p.watch_id, p.step_index, p.fire_on FROM escalation.pending_step p
                JOIN escalation.watch w ON w.id = p.watch_id
                WHERE w.active AND p.fire_on <= ? ORDER BY p.fire_on, p.watch_id, p.step_index LIMIT ?""")
                .params(Date.valueOf(day), limit)
                .query((rs, i) -> new DuePending(rs.getString(1), rs.getInt(2), rs.getDate(3).toLocalDate())).list();
    }

    public void removePending(String watchId, int stepIndex) {
        jdbc.sql("DELETE FROM escalation.pending_step WHERE watch_id = ? AND step_index = ?")
                .params(watchId, stepIndex).update();
    }

    /** A pending step whose day has come. */
    public record DuePending(String watchId, int stepIndex, LocalDate fireOn) {
    }

    private static Watch map(ResultSet rs, int row) throws SQLException {
        return new Watch(rs.getString("id"), rs.getString("ladder_id"),
                new SubjectRef(rs.getString("subject_type"), rs.getString("subject_id")), rs.getString("label"),
                rs.getDate("due_date").toLocalDate(), rs.getInt("start_step"), rs.getBoolean("active"));
    }
}

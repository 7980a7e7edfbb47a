package org.zhengwu.escalation.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.escalation.domain.Streak;
import org.zhengwu.kernel.SubjectRef;

/** Runs of consecutive occurrences, and each period's report (once per period). */
@Repository
public class StreakStore {

    private final JdbcClient jdbc;

    StreakStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current run, locked until the transaction ends (two reports for one subject queue up). */
    public Streak lock(String ladderId, SubjectRef subject) {
        jdbc.sql("""
                INSERT INTO escalation.streak (ladder_id, subject_type, subject_id, run_length, run_start)
                SELECT ?, ?, ?, 0, NULL WHERE NOT EXISTS (SELECT 1 FROM escalation.streak
                    WHERE ladder_id = ? AND subject_type = ? AND subject_id = ?)""")
                .params(ladderId, subject.type(), subject.id(), ladderId, subject.type(), subject.id()).update();
        return jdbc.sql("""
                SELECT run_length, run_start FROM escalation.streak
                WHERE ladder_id = ? AND subject_type = ? AND subject_id = ? FOR UPDATE""")
                .params(ladderId, subject.type(), subject.id())
                .query((rs, i) -> new Streak(rs.getInt(1), rs.getString(2))).single();
    }

    public boolean reported(String ladderId, SubjectRef subject, String period) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM escalation.occurrence WHERE ladder_id = ? AND subject_type = ? AND subject_id = ?
                AND period = ?""")
                .params(ladderId, subject.type(), subject.id(), period).query(Integer.class).single() > 0;
    }

    public void record(String ladderId, SubjectRef subject, String period, boolean compliant, Streak after, Instant now) {
        jdbc.sql("""
                INSERT INTO escalation.occurrence (ladder_id, subject_type, subject_id, period, compliant, run_length, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(ladderId, subject.type(), subject.id(), period, compliant, after.length(), Timestamp.from(now))
                .update();
        jdbc.sql("UPDATE escalation.streak SET run_length = ?, run_start = ? WHERE ladder_id = ? AND subject_type = ? AND subject_id = ?")
                .params(after.length(), after.start(), ladderId, subject.type(), subject.id()).update();
    }
}

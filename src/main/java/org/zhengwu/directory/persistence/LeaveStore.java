package org.zhengwu.directory.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengwu.directory.Leave;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;

/** Leave requests and the mayor's recorded absences. */
@Repository
public class LeaveStore {

    private final JdbcClient jdbc;
    private final DirectoryReads reads;

    LeaveStore(JdbcClient jdbc, DirectoryReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    public Optional<Leave> find(long id) {
        return jdbc.sql("SELECT * FROM directory.leave_request WHERE id = ?").param(id).query(LeaveStore::map).optional();
    }

    /** The newest first. */
    public List<Leave> recent(int limit) {
        return jdbc.sql("SELECT * FROM directory.leave_request ORDER BY id DESC LIMIT ?").param(limit)
                .query(LeaveStore::map).list();
    }

    public List<Leave> pending() {
        return jdbc.sql("SELECT * FROM directory.leave_request WHERE status = 'REQUESTED' ORDER BY start_date, id")
                .query(LeaveStore::map).list();
    }

    /** The person's requested, approved or recorded leaves that share a day with the period. */
    public List<Leave> overlapping(PersonId person, LocalDate from, LocalDate to) {
        return reads.get(() -> jdbc.sql("""
                SELECT * FROM directory.leave_request
                WHERE person_id = ? AND status <> 'REJECTED' AND start_date <= ? AND end_date >= ?
                ORDER BY start_date, id""")
                .params(person.value(), to, from).query(LeaveStore::map).list().stream().toList(),
                "leavesOverlapping", person.value(), from, to);
    }

    /** Every approved leave or recorded absence that keeps someone away on the day. */
    public List<Leave> awayOn(LocalDate day) {
        return reads.get(() -> jdbc.sql("""
                SELECT * FROM directory.leave_request
                WHERE status <> 'REJECTED' AND start_date <= ? AND end_date >= ? ORDER BY id""")
                .params(day, day).query(LeaveStore::map).list()
                .stream().filter(l -> l.keepsAwayOn(day)).toList(), "awayOn", day);
    }

    /** The approved leave or recorded absence that keeps the person away on the day, if any. */
    public Optional<Leave> inForceOn(PersonId person, LocalDate day) {
        return overlapping(person, day, day).stream().filter(l -> l.keepsAwayOn(day)).findFirst();
    }

    public long insert(Leave leave, Instant at) {
        var keys = new GeneratedKeyHolder();
        reads.write(() -> jdbc.sql("""
                INSERT INTO directory.leave_request (kind, post_id, person_id, start_date, end_date, reason, exemption,
                    notice_given, status, requested_on, requested_by, requested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(leave.kind().name(), leave.post().value(), leave.person().value(), leave.from(), leave.to(),
                        leave.reason(), leave.exemption(), leave.noticeGiven(), leave.status().name(),
                        leave.requestedOn(), leave.requestedBy(), Timestamp.from(at))
                .update(keys, "id"));
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Records the decision; false when someone decided it first. */
    public boolean decide(long id, Leave.Status status, String by, PersonId person, Instant at, String note) {
        return reads.write(() -> jdbc.sql("""
                UPDATE directory.leave_request SET status = ?, decided_by = ?, decided_by_person = ?, decided_at = ?,
                    decision_note = ? WHERE id = ? AND status = 'REQUESTED'""")
                .params(status.name(), by, person.value(), Timestamp.from(at), note, id).update()) == 1;
    }

    private static Leave map(ResultSet rs, int row) throws SQLException {
        var decidedBy = rs.getString("decided_by_person");
        return new Leave(rs.getLong("id"), Leave.Kind.valueOf(rs.getString("kind")),
                new PostId(rs.getString("post_id")), new PersonId(rs.getString("person_id")),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("reason"), rs.getString("exemption"), rs.getBoolean("notice_given"),
                Leave.Status.valueOf(rs.getString("status")), rs.getObject("requested_on", LocalDate.class),
                rs.getString("requested_by"), rs.getString("decided_by"),
                decidedBy == null ? null : new PersonId(decidedBy), rs.getString("decision_note"));
    }
}

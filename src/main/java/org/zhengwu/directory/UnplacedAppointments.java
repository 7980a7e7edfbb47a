package org.zhengwu.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhengwu.gazette.AppointmentsPublished.Entry;

/** AP-1: notice entries the directory could not place, kept (once each) for the General Office. */
@Component
class UnplacedAppointments {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnplacedAppointments(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    void record(String docNumber, Entry entry, String reason) {
        var known = jdbc.sql("""
                SELECT COUNT(*) FROM directory.unplaced_appointment
                WHERE doc_number = ? AND action = ? AND person_name = ? AND post_text = ?""")
                .params(docNumber, entry.action().name(), entry.person(), entry.post()).query(Integer.class).single();
        if (known > 0) {
            return;
        }
        jdbc.sql("""
                INSERT INTO directory.unplaced_appointment (doc_number, action, person_name, post_text, reason, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(docNumber, entry.action().name(), entry.person(), entry.post(), reason,
                        Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new AppointmentUnplaced(docNumber, entry.action().name(), entry.person(), entry.post(), reason));
    }

    List<UnplacedAppointment> open() {
        return jdbc.sql("SELECT * FROM directory.unplaced_appointment ORDER BY id")
                .query((rs, i) -> new UnplacedAppointment(rs.getLong("id"), rs.getString("doc_number"), rs.getString("action"),
                        rs.getString("person_name"), rs.getString("post_text"), rs.getString("reason"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}

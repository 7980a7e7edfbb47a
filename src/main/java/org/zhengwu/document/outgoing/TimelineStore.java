package org.zhengwu.document.outgoing;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;

/** The timeline of each draft and its departments' co-signatures. */
@Repository
class TimelineStore {

    private final JdbcClient jdbc;

    TimelineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long draft, Step s) {
        jdbc.sql("""
                INSERT INTO document.outgoing_step (draft_id, kind, rule, actor, actor_name, post_id, acting_for,
                  acting_rule, acting_note, note, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(draft, s.kind().name(), s.rule(), s.actor(), s.actorName(),
                        s.post() == null ? null : s.post().value(), s.actingFor() == null ? null : s.actingFor().value(),
                        s.actingRule(), s.actingNote(), s.note(), Timestamp.from(s.at()))
                .update();
    }

    List<Step> of(long draft) {
        return jdbc.sql("SELECT * FROM document.outgoing_step WHERE draft_id = ? ORDER BY id").param(draft)
                .query((rs, n) -> new Step(rs.getLong("id"), StepKind.valueOf(rs.getString("kind")), rs.getString("rule"),
                        rs.getString("actor"), rs.getString("actor_name"), post(rs.getString("post_id")),
                        rs.getString("acting_for") == null ? null : new PersonId(rs.getString("acting_for")),
                        rs.getString("acting_rule"), rs.getString("acting_note"), rs.getString("note"),
                        rs.getTimestamp("taken_at").toInstant()))
                .list();
    }

    void replaceCosigns(long draft, List<OrgUnitId> units) {
        jdbc.sql("DELETE FROM document.outgoing_cosign WHERE draft_id = ?").param(draft).update();
        for (var unit : units) {
            jdbc.sql("INSERT INTO document.outgoing_cosign (draft_id, unit_id, decision) VALUES (?, ?, 'PENDING')")
                    .params(draft, unit.value()).update();
        }
    }

    void cosign(long draft, OrgUnitId unit, Cosign.Decision decision, String note) {
        jdbc.sql("UPDATE document.outgoing_cosign SET decision = ?, note = ? WHERE draft_id = ? AND unit_id = ?")
                .params(decision.name(), note, draft, unit.value()).update();
    }

    List<Cosign> cosigns(long draft) {
        return jdbc.sql("SELECT * FROM document.outgoing_cosign WHERE draft_id = ? ORDER BY unit_id").param(draft)
                .query((rs, n) -> new Cosign(new OrgUnitId(rs.getString("unit_id")),
                        Cosign.Decision.valueOf(rs.getString("decision")), rs.getString("note")))
                .list();
    }

    private static PostId post(String id) {
        return id == null ? null : new PostId(id);
    }
}

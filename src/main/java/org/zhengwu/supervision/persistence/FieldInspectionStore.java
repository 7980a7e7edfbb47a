package org.zhengwu.supervision.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.supervision.FieldInspection;

/** Field inspections (WR-70) and the units they visit. */
@Repository
public class FieldInspectionStore {

    private static final String SELECT = """
            SELECT id, organiser, title, date_from, date_to, cross_department, whole_city, unified_deployment,
              notice_to_counties, needs_approval, status, requested_by, requested_at, approved_by, approval_note, started_on
            FROM supervision.field_inspection""";

    private final JdbcClient jdbc;

    FieldInspectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(FieldInspection i) {
        jdbc.sql("""
                INSERT INTO supervision.field_inspection (id, organiser, title, date_from, date_to, cross_department,
                  whole_city, unified_deployment, notice_to_counties, needs_approval, status, requested_by, requested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(i.id(), i.organiser().value(), i.title(), i.from(), i.to(), i.crossDepartment(), i.wholeCity(),
                        i.unifiedDeployment(), i.noticeToCounties(), i.needsApproval(), i.status().name(),
                        i.requestedBy(), Timestamp.from(i.requestedAt()))
                .update();
        for (int k = 0; k < i.scope().size(); k++) {
            jdbc.sql("INSERT INTO supervision.field_inspection_scope (inspection_id, position, org_unit) VALUES (?, ?, ?)")
                    .params(i.id(), k, i.scope().get(k).value()).update();
        }
    }

    /** Approves a requested inspection that needs it; false when it is not waiting for approval. */
    public boolean approve(String id, String by, String note) {
        return jdbc.sql("""
                UPDATE supervision.field_inspection SET status = 'APPROVED', approved_by = ?, approval_note = ?
                WHERE id = ? AND status = 'REQUESTED' AND needs_approval = TRUE""").params(by, note, id).update() == 1;
    }

    /** Starts an inspection from the status it was read in. */
    public boolean start(String id, FieldInspection.Status from, LocalDate on) {
        return jdbc.sql("UPDATE supervision.field_inspection SET status = 'STARTED', started_on = ? WHERE id = ? AND status = ?")
                .params(on, id, from.name()).update() == 1;
    }

    public Optional<FieldInspection> find(String id) {
        return withScope(jdbc.sql(SELECT + " WHERE id = ?").param(id).query(FieldInspectionStore::map).list())
                .stream().findFirst();
    }

    /** Every inspection, the latest start date first. */
    public List<FieldInspection> all() {
        return withScope(jdbc.sql(SELECT + " ORDER BY date_from DESC, id").query(FieldInspectionStore::map).list());
    }

    private List<FieldInspection> withScope(List<FieldInspection> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<String, List<OrgUnitId>> scope = new LinkedHashMap<>();
        jdbc.sql("SELECT inspection_id, org_unit FROM supervision.field_inspection_scope WHERE inspection_id IN (:ids)"
                + " ORDER BY inspection_id, position").param("ids", found.stream().map(FieldInspection::id).toList())
                .query(rs -> {
                    scope.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new OrgUnitId(rs.getString(2)));
                });
        return found.stream().map(i -> new FieldInspection(i.id(), i.organiser(), i.title(), i.from(), i.to(),
                scope.getOrDefault(i.id(), List.of()), i.crossDepartment(), i.wholeCity(), i.unifiedDeployment(),
                i.noticeToCounties(), i.needsApproval(), i.status(), i.requestedBy(), i.requestedAt(), i.approvedBy(),
                i.approvalNote(), i.startedOn())).toList();
    }

    private static FieldInspection map(ResultSet rs, int row) throws SQLException {
        return new FieldInspection(rs.getString("id"), new OrgUnitId(rs.getString("organiser")), rs.getString("title"),
                rs.getObject("date_from", LocalDate.class), rs.getObject("date_to", LocalDate.class), List.of(),
                rs.getBoolean("cross_department"), rs.getBoolean("whole_city"), rs.getBoolean("unified_deployment"),
                rs.getBoolean("notice_to_counties"), rs.getBoolean("needs_approval"),
                FieldInspection.Status.valueOf(rs.getString("status")), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(), rs.getString("approved_by"), rs.getString("approval_note"),
                rs.getObject("started_on", LocalDate.class));
    }
}

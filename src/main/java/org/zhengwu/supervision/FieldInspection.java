package org.zhengwu.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.zhengwu.kernel.OrgUnitId;

/**
 * A field inspection (实地督查, WR-70): who organises it, where it goes, when, and what kind it is.
 *
 * @param scope             the units and counties it visits
 * @param crossDepartment   it inspects the work of several departments
 * @param wholeCity         it covers the whole city (全市范围全覆盖)
 * @param unifiedDeployment the municipal party committee and government deployed it (统一部署)
 * @param noticeToCounties  it sends a supervision notice to county governments or their offices
 * @param needsApproval     it may not be held before it is approved (WR-70)
 */
public record FieldInspection(String id, OrgUnitId organiser, String title, LocalDate from, LocalDate to,
        List<OrgUnitId> scope, boolean crossDepartment, boolean wholeCity, boolean unifiedDeployment,
        boolean noticeToCounties, boolean needsApproval, Status status, String requestedBy, Instant requestedAt,
        String approvedBy, String approvalNote, LocalDate startedOn) {

    public FieldInspection {
        scope = List.copyOf(scope);
    }

    public enum Status { REQUESTED, APPROVED, STARTED }

    /** WR-70: held only once approved, where it needs approval. */
    public boolean mayStart() {
        return status == Status.APPROVED || status == Status.REQUESTED && !needsApproval;
    }
}

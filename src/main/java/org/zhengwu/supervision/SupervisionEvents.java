package org.zhengwu.supervision;

import java.time.LocalDate;
import java.util.List;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/** The audited changes of the ledger: every state change of an item is one of these. */
public final class SupervisionEvents {

    private SupervisionEvents() {
    }

    private static SubjectRef item(String id) {
        return SubjectRef.of("supervision-item", id);
    }

    /** An item entered the ledger (proposed, or open at once for an instruction or a meeting decision). */
    public record ItemOpened(String itemId, Source source, String sourceRef, ItemStatus status, LocalDate due,
            String title, RuleId rule) implements Audited {
        public String action() { return "supervision.item-opened"; }
        public SubjectRef subject() { return item(itemId); }
        public List<RuleId> rules() { return List.of(rule); }
        public String summary() { return source + " item " + status + " from " + sourceRef + ", due " + due + ": " + title; }
    }

    /** A step of WR-71's opening procedure, of working it, or of closing it: the status moved. */
    public record ItemStatusChanged(String itemId, ItemStatus from, ItemStatus to, RuleId rule, String note)
            implements Audited {
        public String action() { return "supervision.item-status-changed"; }
        public SubjectRef subject() { return item(itemId); }
        public List<RuleId> rules() { return List.of(rule); }
        public String summary() { return from + " → " + to + (note == null ? "" : ": " + note); }
    }

    /** An unresolved unit name was matched to a directory unit by a person. */
    public record UnitResolved(String itemId, String name, String orgUnit) implements Audited {
        public String action() { return "supervision.unit-resolved"; }
        public SubjectRef subject() { return item(itemId); }
        public List<RuleId> rules() { return List.of(RuleId.of("WA-task")); }
        public String summary() { return "unit " + name + " is " + orgUnit; }
    }

    /** A handling unit named its responsible person (WR-71 检查催办). */
    public record ResponsiblePersonNamed(String itemId, String orgUnit, String person) implements Audited {
        public String action() { return "supervision.responsible-named"; }
        public SubjectRef subject() { return item(itemId); }
        public List<RuleId> rules() { return List.of(RuleId.of("WR-71")); }
        public String summary() { return orgUnit + " names " + person + " responsible"; }
    }

    /** A unit reported progress, or the lead unit consolidated the units' reports. */
    public record ProgressReported(String itemId, long reportId, String orgUnit, boolean consolidated, int percent,
            int attachments) implements Audited {
        public String action() { return "supervision.progress-reported"; }
        public SubjectRef subject() { return item(itemId); }
        public List<RuleId> rules() { return List.of(RuleId.of("WR-71")); }
        public String summary() {
            return (consolidated ? "consolidated report " : "report ") + reportId + " by " + orgUnit + ", " + percent
                    + "%, " + attachments + " attachment(s)";
        }
    }

    /** A report was sent back with a reason. */
    public record ReportReturned(String itemId, long reportId, String reason) implements Audited {
        public String action() { return "supervision.report-returned"; }
        public SubjectRef subject() { return item(itemId); }
        public List<RuleId> rules() { return List.of(RuleId.of("WR-71")); }
        public String summary() { return "report " + reportId + " returned: " + reason; }
    }

    /** Closed (销号) on approval; the look-back is scheduled (WR-68). */
    public record ItemClosed(String itemId, LocalDate closedOn, LocalDate lookBackDue) implements Audited {
        public String action() { return "supervision.item-closed"; }
        public SubjectRef subject() { return item(itemId); }
        public List<RuleId> rules() { return List.of(RuleId.of("WR-68")); }
        public String summary() { return "closed on " + closedOn + ", look-back due " + lookBackDue; }
    }

    /** The look-back (回头看) was done: passed, or failed and the item reopened (WR-68). */
    public record LookBackRecorded(String itemId, boolean passed, String note) implements Audited {
        public String action() { return "supervision.look-back-recorded"; }
        public SubjectRef subject() { return item(itemId); }
        public List<RuleId> rules() { return List.of(RuleId.of("WR-68")); }
        public String summary() { return (passed ? "look-back passed" : "look-back failed, item reopened") + ": " + note; }
    }

    /** The due date moved: a calendar change, or the next reporting cycle. */
    public record DueDateMoved(String itemId, LocalDate from, LocalDate to, String cause) implements Audited {
        public String action() { return "supervision.due-moved"; }
        public SubjectRef subject() { return item(itemId); }
        public List<RuleId> rules() { return List.of(RuleId.of("WR-71")); }
        public String summary() { return "due " + from + " → " + to + " (" + cause + ")"; }
    }

    /** A plan's tasks were imported: how many items were added, how many were there already. */
    public record PlanImported(String documentId, String docNumber, int added, int alreadyThere, int unresolved)
            implements Audited {
        public String action() { return "supervision.plan-imported"; }
        public SubjectRef subject() { return SubjectRef.of("gazette-document", documentId); }
        public List<RuleId> rules() { return List.of(RuleId.of("WR-67"), RuleId.of("WA-task")); }
        public String summary() {
            return docNumber + ": " + added + " item(s) added, " + alreadyThere + " already there, " + unresolved
                    + " unit name(s) unresolved";
        }
    }

    /** WR-66: the item is a major decision (重大决策事项), supervised jointly with these units. */
    public record MajorDecisionMarked(String itemId, List<String> jointUnits) implements Audited {
        public String action() { return "supervision.major-decision-marked"; }
        public SubjectRef subject() { return item(itemId); }
        public List<RuleId> rules() { return List.of(RuleId.of("WR-66")); }
        public String summary() { return "major decision, supervised jointly with " + String.join(", ", jointUnits); }
    }

    /** WR-71(三): the item is an important one (重要督查事项), for field studies. */
    public record ImportantMarked(String itemId) implements Audited {
        public String action() { return "supervision.important-marked"; }
        public SubjectRef subject() { return item(itemId); }
        public List<RuleId> rules() { return List.of(RuleId.of("WR-71")); }
        public String summary() { return "marked important"; }
    }

    /** WR-71(三) 督查调研: the office recorded a field study of an important item. */
    public record FieldStudyRecorded(String itemId, long studyId, LocalDate from, LocalDate to, List<String> units,
            int attachments) implements Audited {
        public String action() { return "supervision.field-study-recorded"; }
        public SubjectRef subject() { return item(itemId); }
        public List<RuleId> rules() { return List.of(RuleId.of("WR-71")); }
        public String summary() {
            return "field study " + studyId + " " + from + " – " + to + " with " + String.join(", ", units) + ", "
                    + attachments + " attachment(s)";
        }
    }

    private static SubjectRef inspection(String id) {
        return SubjectRef.of("field-inspection", id);
    }

    /** WR-70: a field inspection (实地督查) was asked for; {@code needsApproval} when it must be approved first. */
    public record FieldInspectionRequested(String inspectionId, String organiser, String title, LocalDate from,
            LocalDate to, boolean crossDepartment, boolean wholeCity, boolean unifiedDeployment,
            boolean noticeToCounties, boolean needsApproval) implements Audited {
        public String action() { return "supervision.field-inspection-requested"; }
        public SubjectRef subject() { return inspection(inspectionId); }
        public List<RuleId> rules() { return List.of(RuleId.of("WR-70")); }
        public String summary() {
            return organiser + " asks for a field inspection " + from + " – " + to + (needsApproval ? ", needs approval" : "")
                    + ": " + title;
        }
    }

    /** WR-70: the secretary-general approved a field inspection that needed it. */
    public record FieldInspectionApproved(String inspectionId, String note) implements Audited {
        public String action() { return "supervision.field-inspection-approved"; }
        public SubjectRef subject() { return inspection(inspectionId); }
        public List<RuleId> rules() { return List.of(RuleId.of("WR-70")); }
        public String summary() { return "approved" + (note == null ? "" : ": " + note); }
    }

    /** WR-70: a field inspection started (approved first where it needed it). */
    public record FieldInspectionStarted(String inspectionId, LocalDate on) implements Audited {
        public String action() { return "supervision.field-inspection-started"; }
        public SubjectRef subject() { return inspection(inspectionId); }
        public List<RuleId> rules() { return List.of(RuleId.of("WR-70")); }
        public String summary() { return "started on " + on; }
    }
}

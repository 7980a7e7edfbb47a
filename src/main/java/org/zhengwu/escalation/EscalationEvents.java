package org.zhengwu.escalation;

import java.time.LocalDate;
import java.util.List;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.SubjectRef;

/** The audited events of watches and acknowledgements. */
public final class EscalationEvents {

    private EscalationEvents() {
    }

    /** A subject's due date is watched (or its due date moved). */
    public record EscalationWatchStarted(SubjectRef subject, String ladderId, RuleId rule, LocalDate due) implements Audited {
        public String action() { return "escalation.watch-started"; }
        public List<RuleId> rules() { return List.of(rule); }
        public String summary() { return "watching " + subject + " on " + ladderId + ", due " + due; }
    }

    /** A subject's watch ended: the thing was done. */
    public record EscalationWatchClosed(SubjectRef subject, String ladderId, RuleId rule) implements Audited {
        public String action() { return "escalation.watch-closed"; }
        public List<RuleId> rules() { return List.of(rule); }
        public String summary() { return "watch of " + subject + " on " + ladderId + " closed"; }
    }

    /** A recipient acknowledged a fired step. */
    public record EscalationStepAcknowledged(long stepId, SubjectRef subject, RuleId rule, String note) implements Audited {
        public String action() { return "escalation.step-acknowledged"; }
        public List<RuleId> rules() { return List.of(rule); }
        public String summary() { return "step " + stepId + " acknowledged" + (note == null ? "" : ": " + note); }
    }

    /** This period's report on a consecutive ladder. */
    public record OccurrenceRecorded(SubjectRef subject, String ladderId, RuleId rule, String period, boolean compliant,
            int runLength) implements Audited {
        public String action() { return "escalation.occurrence-recorded"; }
        public List<RuleId> rules() { return List.of(rule); }
        public String summary() {
            return ladderId + " " + period + " for " + subject + ": " + (compliant ? "compliant" : "occurred")
                    + ", run of " + runLength;
        }
    }
}

package org.zhengwu.document.outgoing;

/** What happened to a draft; each is one audited state change and one line of its timeline. */
public enum StepKind {
    DRAFTED, CORRECTED, CO_SIGNED, CO_SIGN_DISAGREED, SUBMITTED, REVIEWED, RETURNED, APPROVED,
    LEGALITY_REVIEWED, LEADER_CO_SIGNED, SIGNED_OFF, RELEASED;

    /** The audit action name, {@code document.outgoing.signed-off}. */
    public String action() {
        return "document.outgoing." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

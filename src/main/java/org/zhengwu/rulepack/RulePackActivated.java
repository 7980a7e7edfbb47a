package org.zhengwu.rulepack;

import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.SubjectRef;

/** A different rule pack (or a different content of it) came into force. */
public record RulePackActivated(String packId, String version, String sha256, String previous) implements Audited {

    @Override
    public String action() {
        return "rulepack.activated";
    }

    @Override
    public SubjectRef subject() {
        return SubjectRef.of("rulepack", packId);
    }

    @Override
    public String summary() {
        return "rule pack " + packId + " " + version + " (sha256 " + sha256.substring(0, 12) + ") in force"
                + (previous == null ? "" : ", replacing " + previous);
    }
}

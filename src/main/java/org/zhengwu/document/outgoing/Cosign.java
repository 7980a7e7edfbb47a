package org.zhengwu.document.outgoing;

import org.zhengwu.kernel.OrgUnitId;

/** A concerned department's co-signature (会签): pending, agreed, or disagreed with its reasons. */
public record Cosign(OrgUnitId unit, Decision decision, String note) {

    public enum Decision { PENDING, AGREED, DISAGREED }
}

package org.zhengwu.gazette.persistence;

import org.zhengwu.gazette.Disclosure;

/** A document's disclosure as set by the General Office (WR-33), kept across versions. */
public record DisclosureRow(Disclosure disclosure, String reason, boolean classified) {

    /** What a document newly imported gets: the gazette publishes proactively (WR-62). */
    public static final DisclosureRow DEFAULT = new DisclosureRow(Disclosure.PROACTIVE, null, false);
}

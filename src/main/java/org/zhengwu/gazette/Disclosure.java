package org.zhengwu.gazette;

/**
 * A document's disclosure attribute (公开属性, WR-33): only {@code PROACTIVE} documents of
 * published issues are public; the other two need a stated reason.
 */
public enum Disclosure {
    /** 主动公开. */
    PROACTIVE,
    /** 依申请公开. */
    ON_REQUEST,
    /** 不予公开. */
    WITHHELD;

    /** Whether choosing this attribute needs a stated reason (WR-33). */
    public boolean needsReason() {
        return this != PROACTIVE;
    }
}

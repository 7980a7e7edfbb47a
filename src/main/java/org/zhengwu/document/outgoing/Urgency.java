package org.zhengwu.document.outgoing;

/** 紧急程度 (GB/T 9704-2012 7.2.3): printed 特急 or 加急 at the top left of the 版头; NONE prints nothing. */
public enum Urgency {
    NONE, URGENT, EXTRA_URGENT;

    public boolean isMarked() {
        return this != NONE;
    }
}

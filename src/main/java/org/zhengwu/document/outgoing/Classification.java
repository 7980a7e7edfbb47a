package org.zhengwu.document.outgoing;

/** 密级. A classified document never reaches the gazette or any public page. */
public enum Classification {
    NONE, CONFIDENTIAL, SECRET, TOP_SECRET;

    public boolean isClassified() {
        return this != NONE;
    }
}

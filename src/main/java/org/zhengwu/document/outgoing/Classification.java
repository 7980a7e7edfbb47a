package org.zhengwu.document.outgoing;

/** 密级. A classified document never reaches the gazette or any public page. */
public enum Classification {
    NONE(0), CONFIDENTIAL(10), SECRET(20), TOP_SECRET(30);

    private final int longestPeriodYears;

    Classification(int longestPeriodYears) {
        this.longestPeriodYears = longestPeriodYears;
    }

    /** The longest 保密期限 the 保守国家秘密法 allows this level unless otherwise decided; 0 when unclassified. */
    public int longestPeriodYears() {
        return longestPeriodYears;
    }

    public boolean isClassified() {
        return this != NONE;
    }
}

package org.zhengwu.document.outgoing;

/** Who takes a step of the WR-58 review chain. */
public enum Reviewer {
    /** 分管业务工作的副秘书长: the deputy in charge of the lead department's business. */
    BUSINESS_DEPUTY,
    /** 分管文件工作的副秘书长: the deputy whose portfolio is the General Office itself. */
    DOCUMENTS_DEPUTY,
    /** 秘书长. */
    SECRETARY_GENERAL
}

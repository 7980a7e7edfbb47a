package org.zhengwu.document.outgoing;

/** Who a row of the WR-59 table names; resolved to a post of the directory for each draft. */
public enum Signer {
    /** 市长 (the WR-6 acting rule lets the presiding vice-mayor sign). */
    MAYOR,
    /** 常务副市长. */
    EXECUTIVE_VICE_MAYOR,
    /** 秘书长. */
    SECRETARY_GENERAL,
    /** 分管副市长: the leader in charge of the lead department. */
    VICE_MAYOR_IN_CHARGE,
    /** 市长授权的副市长、秘书长 (WR-59.6): the post named on the draft as authorised by the mayor. */
    AUTHORISED_BY_MAYOR
}

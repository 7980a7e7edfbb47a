package org.zhengwu.gazette.domain.model;

/** The kind of a document (文种), decided from its title or form. */
public enum DocumentKind {
    /** 通知. */
    NOTICE,
    /** 意见. */
    OPINION,
    /** 决定. */
    DECISION,
    /** 条例, 法: a regulation or law. */
    REGULATION,
    /** 规定, 办法, 细则, 规则: rules. */
    RULES,
    /** 计划, 规划, 方案, 要点: a plan. */
    PLAN,
    /** 任免: appointments and removals. */
    APPOINTMENT,
    /** 大事记. */
    CHRONICLE,
    /** 通报. */
    CIRCULAR,
    /** 批复. */
    REPLY,
    /** 函. */
    LETTER,
    /** 报告. */
    REPORT,
    /** 请示. */
    REQUEST,
    /** 公告, 通告. */
    ANNOUNCEMENT,
    /** 命令, 令. */
    ORDER,
    /** 纪要. */
    MINUTES,
    /** None of the above. */
    OTHER
}

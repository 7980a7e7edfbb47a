package org.zhengwu.document.outgoing;

/** What an outgoing document is about: the inputs of the WR-59 sign-off table (工作规则 第五十九条). */
public enum Category {
    /** 以市政府名义向省政府的请示、报告 (WR-59.1). */
    REQUEST_TO_PROVINCE,
    /** 涉及重大方针、政策的事项 (WR-59.1). */
    MAJOR_POLICY,
    /** 报请市人大常委会审议的方案 (WR-59.2). */
    PROPOSAL_TO_NPC_STANDING_COMMITTEE,
    /** 政府规范性文件 (WR-59.2, WR-22). */
    NORMATIVE,
    /** 人事任免 (WR-59.3). */
    APPOINTMENT,
    /** 县(市、区)长、开发区管委会主任、部门主要负责人出国(境) (WR-59.4). */
    TRAVEL_ABROAD,
    /** 已经市政府常务会议议定的事项 (WR-59.6). */
    EXECUTIVE_MEETING_DECIDED,
    /** 例行批准手续 (WR-59.6). */
    ROUTINE_APPROVAL,
    /** 其它公文 (WR-59.5). */
    OTHER
}

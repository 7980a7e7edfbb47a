package org.zhengwu.document.outgoing;

/** In whose name a document goes out (发文机关). */
public enum Issuer {
    /** 市政府: reviewed along WR-58, signed off by WR-59. */
    GOVERNMENT,
    /** 市政府办公室: reviewed along WR-58, signed off by WR-59.7. */
    GENERAL_OFFICE,
    /** The lead department in its own name (WR-60): signed off by its head. */
    DEPARTMENT;

    /** Whether the WR-58 review chain and the WR-59 table apply. */
    public boolean inGovernmentName() {
        return this != DEPARTMENT;
    }
}

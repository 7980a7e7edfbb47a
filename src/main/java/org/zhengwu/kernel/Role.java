package org.zhengwu.kernel;

/**
 * The roles of the platform. The three administrators are separated as level 3 of the
 * classified protection scheme (等保三级) requires: none of them can do another's work.
 */
public enum Role {
    PUBLIC,
    CLERK,
    OFFICE_STAFF,
    DEPUTY_SECRETARY_GENERAL,
    SECRETARY_GENERAL,
    VICE_MAYOR,
    MAYOR,
    SYSTEM_ADMIN,
    SECURITY_ADMIN,
    AUDITOR;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}

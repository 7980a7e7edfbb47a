package org.zhengwu.platform.security;

import java.time.Instant;
import java.util.Set;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.Role;

/** What the administration pages show of an account; never its password hash. */
public record AccountView(
        String username, String displayName, Set<Role> roles, OrgUnitId orgUnit, PersonId person,
        boolean enabled, Instant lockedUntil) {

    static AccountView of(Account a) {
        return new AccountView(a.username(), a.displayName(), a.roles(), a.orgUnit(), a.person(), a.enabled(), a.lockedUntil());
    }
}

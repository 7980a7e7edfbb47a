package org.zhengwu.platform.security;

import java.util.Set;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.Role;

/** A command: create a login account. */
public record NewAccount(
        String username, String displayName, String password, Set<Role> roles, OrgUnitId orgUnit, PersonId person) {

    public NewAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}

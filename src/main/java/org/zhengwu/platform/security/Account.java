package org.zhengwu.platform.security;

import java.time.Instant;
import java.util.Set;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.Actor;

/** A login account: who may sign in, with which roles, for which unit or person. */
record Account(
        String username,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        OrgUnitId orgUnit,
        PersonId person,
        boolean enabled,
        int failedLogins,
        Instant lockedUntil) {

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    Actor actor() {
        return new Actor(username, displayName, roles, orgUnit, person);
    }
}

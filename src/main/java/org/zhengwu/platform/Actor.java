package org.zhengwu.platform;

import java.util.Set;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.Role;

/**
 * Who is acting: a signed-in user, a machine client with a personal token, the command line
 * or the system itself (timers). Every audit record names one.
 */
public record Actor(String username, String displayName, Set<Role> roles, OrgUnitId orgUnit, PersonId person) {

    public static final Actor SYSTEM = new Actor("system", "system", Set.of(), null, null);
    public static final Actor ANONYMOUS = new Actor("anonymous", "anonymous", Set.of(Role.PUBLIC), null, null);

    public Actor {
        roles = Set.copyOf(roles);
    }

    /** The operator at the command line of this machine. */
    public static Actor commandLine() {
        var user = "cli:" + System.getProperty("user.name", "unknown");
        return new Actor(user, user, Set.of(), null, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}

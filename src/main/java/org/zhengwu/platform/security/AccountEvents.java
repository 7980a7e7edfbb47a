package org.zhengwu.platform.security;

import java.util.Set;
import org.zhengwu.kernel.Audited;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.SubjectRef;

/** The audited events of accounts and tokens. */
final class AccountEvents {

    private AccountEvents() {
    }

    static SubjectRef user(String username) {
        return SubjectRef.of("user", username);
    }

    record AccountCreated(String username, Set<Role> roles) implements Audited {
        public String action() { return "account.created"; }
        public SubjectRef subject() { return user(username); }
        public String summary() { return "account " + username + " created with roles " + AccountStore.encode(roles); }
    }

    record AccountRolesChanged(String username, Set<Role> before, Set<Role> after) implements Audited {
        public String action() { return "account.roles-changed"; }
        public SubjectRef subject() { return user(username); }
        public String summary() {
            return "roles of " + username + ": [" + AccountStore.encode(before) + "] -> [" + AccountStore.encode(after) + "]";
        }
    }

    record AccountEnabledChanged(String username, boolean enabled) implements Audited {
        public String action() { return enabled ? "account.enabled" : "account.disabled"; }
        public SubjectRef subject() { return user(username); }
        public String summary() { return "account " + username + (enabled ? " enabled" : " disabled"); }
    }

    record PasswordChanged(String username, boolean byAdministrator) implements Audited {
        public String action() { return byAdministrator ? "account.password-reset" : "account.password-changed"; }
        public SubjectRef subject() { return user(username); }
        public String summary() { return "password of " + username + (byAdministrator ? " reset by an administrator" : " changed"); }
    }

    record LoginSucceeded(String username) implements Audited {
        public String action() { return "login.succeeded"; }
        public SubjectRef subject() { return user(username); }
        public String summary() { return "login of " + username; }
    }

    record LoginFailed(String username, int failures) implements Audited {
        public String action() { return "login.failed"; }
        public SubjectRef subject() { return user(username); }
        public String summary() { return "failed login for " + username + " (" + failures + " in a row)"; }
    }

    record AccountLocked(String username, String until) implements Audited {
        public String action() { return "account.locked"; }
        public SubjectRef subject() { return user(username); }
        public String summary() { return "account " + username + " locked until " + until; }
    }

    record ApiTokenIssued(String username, String tokenId, String name) implements Audited {
        public String action() { return "api-token.issued"; }
        public SubjectRef subject() { return SubjectRef.of("api-token", tokenId); }
        public String summary() { return "API token '" + name + "' issued to " + username; }
    }

    record ApiTokenRevoked(String username, String tokenId) implements Audited {
        public String action() { return "api-token.revoked"; }
        public SubjectRef subject() { return SubjectRef.of("api-token", tokenId); }
        public String summary() { return "API token of " + username + " revoked"; }
    }
}

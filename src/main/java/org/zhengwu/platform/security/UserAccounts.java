package org.zhengwu.platform.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.security.AccountEvents.AccountCreated;
import org.zhengwu.platform.security.AccountEvents.AccountEnabledChanged;
import org.zhengwu.platform.security.AccountEvents.AccountRolesChanged;
import org.zhengwu.platform.security.AccountEvents.PasswordChanged;

/**
 * Login accounts. The system administrator creates and disables accounts; the security
 * administrator grants roles; nobody holds two of the three administrator roles.
 */
@Service
public class UserAccounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");
    private static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR);

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAccounts(AccountStore store, PasswordEncoder encoder, PasswordPolicy policy,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public AccountView create(NewAccount cmd) {
        if (cmd.username() == null || !USERNAME.matcher(cmd.username()).matches()) {
            throw new UserError("account.username-invalid", "username");
        }
        if (cmd.displayName() == null || cmd.displayName().isBlank()) {
            throw new UserError("account.display-name-required", "displayName");
        }
        if (store.exists(cmd.username())) {
            throw new UserError("account.exists", "username", cmd.username());
        }
        checkSeparation(cmd.roles());
        policy.check(cmd.username(), cmd.password());
        var account = new Account(cmd.username(), cmd.displayName().strip(), encoder.encode(cmd.password()),
                cmd.roles(), cmd.orgUnit(), cmd.person(), true, 0, null);
        store.insert(account, clock.instant());
        events.publishEvent(new AccountCreated(cmd.username(), cmd.roles()));
        return AccountView.of(account);
    }

    @Transactional
    public void changeRoles(String username, Set<Role> roles, String changedBy) {
        var account = existing(username);
        if (username.equals(changedBy)) {
            throw new UserError("account.own-roles", "roles");
        }
        checkSeparation(roles);
        var after = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (!after.equals(account.roles())) {
            store.updateRoles(username, after);
            events.publishEvent(new AccountRolesChanged(username, account.roles(), after));
        }
    }

    @Transactional
    public void setEnabled(String username, boolean enabled) {
        var account = existing(username);
        if (account.enabled() != enabled || account.lockedUntil() != null) {
            store.updateEnabled(username, enabled);
            events.publishEvent(new AccountEnabledChanged(username, enabled));
        }
    }

    @Transactional
    public void updateProfile(String username, String displayName, OrgUnitId unit, PersonId person) {
        existing(username);
        if (displayName == null || displayName.isBlank()) {
            throw new UserError("account.display-name-required", "displayName");
        }
        store.updateProfile(username, displayName.strip(), unit, person);
    }

    @Transactional
    public void changePassword(String username, String current, String next) {
        var account = existing(username);
        if (!encoder.matches(current, account.passwordHash())) {
            throw new UserError("password.current-wrong", "currentPassword");
        }
        policy.check(username, next);
        store.updatePassword(username, encoder.encode(next), clock.instant());
        events.publishEvent(new PasswordChanged(username, false));
    }

    @Transactional
    public void resetPassword(String username, String next) {
        existing(username);
        policy.check(username, next);
        store.updatePassword(username, encoder.encode(next), clock.instant());
        events.publishEvent(new PasswordChanged(username, true));
    }

    public Optional<AccountView> find(String username) {
        return store.find(username).map(AccountView::of);
    }

    public List<AccountView> all() {
        return store.all().stream().map(AccountView::of).toList();
    }

    public boolean exists(String username) {
        return store.exists(username);
    }

    private Account existing(String username) {
        return store.find(username).orElseThrow(() -> new UserError("account.unknown", "username", username));
    }

    private static void checkSeparation(Set<Role> roles) {
        if (roles.contains(Role.PUBLIC)) {
            throw new UserError("account.role-public", "roles");
        }
        var admin = roles.stream().filter(ADMINISTRATORS::contains).count();
        if (admin > 1 || (admin == 1 && roles.size() > 1)) {
            throw new UserError("account.roles-separated", "roles");
        }
    }
}

package org.zhengwu.platform.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.ActorPrincipal;

/** The signed-in account as Spring Security sees it. */
final class AccountPrincipal implements UserDetails, ActorPrincipal {

    private final Account account;
    private final boolean locked;

    AccountPrincipal(Account account, Instant now) {
        this.account = account;
        this.locked = account.isLockedAt(now);
    }

    @Override
    public Actor actor() {
        return account.actor();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(account);
    }

    static List<GrantedAuthority> authorities(Account account) {
        return account.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal p && p.account.username().equals(account.username());
    }

    @Override
    public int hashCode() {
        return account.username().hashCode();
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + account.username() + "]";
    }
}

package org.zhengwu.platform.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountStore store;
    private final Clock clock;

    AccountDetailsService(AccountStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return store.find(username)
                .map(a -> new AccountPrincipal(a, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}

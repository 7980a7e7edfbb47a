package org.zhengwu.platform.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.security.AccountEvents.AccountLocked;
import org.zhengwu.platform.security.AccountEvents.LoginFailed;
import org.zhengwu.platform.security.AccountEvents.LoginSucceeded;

/** Counts failed logins; the n-th in a row locks the account for a while. */
@Component
class LoginAttempts {

    private final AccountStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(AccountStore store, ApplicationEventPublisher events, Clock clock,
            @Value("${zhengwu.security.max-failed-logins:5}") int maxFailures,
            @Value("${zhengwu.security.lockout:15m}") Duration lockout) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        var username = event.getAuthentication().getName();
        if (!store.exists(username)) {
            return;
        }
        int failures = store.countFailure(username);
        events.publishEvent(new LoginFailed(username, failures));
        if (failures >= maxFailures) {
            var until = clock.instant().plus(lockout);
            store.lockUntil(username, until);
            events.publishEvent(new AccountLocked(username, until.toString()));
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        var username = event.getAuthentication().getName();
        store.resetFailures(username);
        events.publishEvent(new LoginSucceeded(username));
    }
}

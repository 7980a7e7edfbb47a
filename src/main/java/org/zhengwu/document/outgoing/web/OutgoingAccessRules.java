package org.zhengwu.document.outgoing.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.Arrays;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.AccessRules;

/**
 * 发文 paths, none public. Staff read (the facade narrows to what each may read); departments draft,
 * co-sign, submit, record legality reviews; deputies and the secretary-general review; leaders
 * co-sign and sign off (a department head signs in as the department's staff); the General Office
 * or the department releases. The facades check that the actor is the one due (WR-6/8 acting).
 */
@Component
class OutgoingAccessRules implements AccessRules {

    static final String[] STAFF = names(Role.CLERK, Role.OFFICE_STAFF, Role.DEPUTY_SECRETARY_GENERAL,
            Role.SECRETARY_GENERAL, Role.VICE_MAYOR, Role.MAYOR);
    static final String[] DRAFTERS = names(Role.CLERK, Role.OFFICE_STAFF);
    static final String[] REVIEWERS = names(Role.DEPUTY_SECRETARY_GENERAL, Role.SECRETARY_GENERAL);
    static final String[] LEADERS = names(Role.VICE_MAYOR, Role.MAYOR);
    static final String[] SIGNERS = names(Role.MAYOR, Role.VICE_MAYOR, Role.SECRETARY_GENERAL, Role.CLERK);

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry r) {
        r.requestMatchers(GET, "/outgoing", "/outgoing/new", "/outgoing/*", "/outgoing/*/pdf").hasAnyRole(STAFF);
        r.requestMatchers(GET, "/api/v1/outgoing", "/api/v1/outgoing/*", "/api/v1/outgoing/*/pdf").hasAnyRole(STAFF);
        for (var base : new String[] {"/outgoing", "/api/v1/outgoing"}) {
            r.requestMatchers(POST, base, base + "/*/cosign", base + "/*/submit", base + "/*/legality-review")
                    .hasAnyRole(DRAFTERS);
            r.requestMatchers(POST, base + "/*/review").hasAnyRole(REVIEWERS);
            r.requestMatchers(POST, base + "/*/leader-cosign").hasAnyRole(LEADERS);
            r.requestMatchers(POST, base + "/*/sign-off", base + "/*/return").hasAnyRole(SIGNERS);
            r.requestMatchers(POST, base + "/*/release").hasAnyRole(DRAFTERS);
        }
        r.requestMatchers(PUT, "/api/v1/outgoing/*").hasAnyRole(DRAFTERS);
        r.requestMatchers(POST, "/outgoing/*/correct").hasAnyRole(DRAFTERS);
    }

    private static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}

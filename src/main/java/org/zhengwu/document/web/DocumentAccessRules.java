package org.zhengwu.document.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.AccessRules;

/**
 * The documents desk's paths: clerks submit, the General Office registers and routes, leaders
 * decide and instruct; the government's staff read, and the facades show each only what they may see.
 */
@Component
class DocumentAccessRules implements AccessRules {

    private static final String[] STAFF = {Role.CLERK.name(), Role.OFFICE_STAFF.name(),
        Role.DEPUTY_SECRETARY_GENERAL.name(), Role.SECRETARY_GENERAL.name(), Role.VICE_MAYOR.name(), Role.MAYOR.name()};

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry r) {
        var clerk = Role.CLERK.name();
        var office = Role.OFFICE_STAFF.name();
        String[] leaders = {Role.MAYOR.name(), Role.VICE_MAYOR.name()};
        for (var base : new String[] {"/api/v1/documents", "/documents"}) {
            r.requestMatchers(POST, base, base + "/prefill", base + "/*/resubmit", base + "/*/answer",
                    base + "/instructions/*/result").hasRole(clerk);
            r.requestMatchers(POST, base + "/check").hasAnyRole(clerk, office);
            r.requestMatchers(POST, base + "/*/review", base + "/*/register", base + "/*/route", base + "/*/forward",
                    base + "/*/party-instructions", base + "/instructions/*/forward", base + "/instructions/*/summary")
                    .hasRole(office);
            r.requestMatchers(GET, base + "/returns", base + "/desk").hasRole(office);
            r.requestMatchers(POST, base + "/*/decide", base + "/*/read", base + "/*/instructions").hasAnyRole(leaders);
        }
        r.requestMatchers(GET, "/documents/new").hasRole(clerk);
        r.requestMatchers(GET, "/documents/*/resubmit").hasRole(clerk);
        r.requestMatchers(GET, "/api/v1/documents", "/api/v1/documents/*", "/api/v1/documents/*/notice.pdf",
                "/documents", "/documents/*", "/documents/*/notice", "/documents/*/notice.pdf").hasAnyRole(STAFF);
    }
}

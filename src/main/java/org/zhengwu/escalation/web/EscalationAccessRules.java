package org.zhengwu.escalation.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.AccessRules;

@Component
class EscalationAccessRules implements AccessRules {

    static final String[] STAFF = {Role.CLERK.name(), Role.OFFICE_STAFF.name(), Role.DEPUTY_SECRETARY_GENERAL.name(),
        Role.SECRETARY_GENERAL.name(), Role.VICE_MAYOR.name(), Role.MAYOR.name()};

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry r) {
        r.requestMatchers(GET, "/escalations", "/escalations/*", "/api/v1/escalations").hasAnyRole(STAFF);
        r.requestMatchers(POST, "/escalations/*/acknowledge", "/api/v1/escalations/*/acknowledge").hasAnyRole(STAFF);
    }
}

package org.zhengwu.audit.web;

import static org.springframework.http.HttpMethod.GET;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.AccessRules;

@Component
class AuditAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry r) {
        r.requestMatchers(GET, "/audit", "/audit/verify").hasRole(Role.AUDITOR.name());
    }
}

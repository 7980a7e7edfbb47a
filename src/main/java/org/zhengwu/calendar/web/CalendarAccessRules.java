package org.zhengwu.calendar.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.AccessRules;

/** The calendar is public, like the notices it follows; loading official data is the system administrator's. */
@Component
class CalendarAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry r) {
        r.requestMatchers(GET, "/calendar", "/calendar/**", "/api/v1/calendar/**").permitAll();
        r.requestMatchers(GET, "/admin/calendar").hasRole(Role.SYSTEM_ADMIN.name());
        r.requestMatchers(POST, "/admin/calendar").hasRole(Role.SYSTEM_ADMIN.name());
    }
}

package org.zhengwu.platform.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.DispatcherType;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.AccessRules;

/** The platform's own paths: the public frame, sign-in, the workspace and account administration. */
@Component
@Order(0)
class PlatformAccessRules implements AccessRules {

    /** Everyone who works in the government (not the administrators, not the public). */
    static final String[] STAFF = names(Role.CLERK, Role.OFFICE_STAFF, Role.DEPUTY_SECRETARY_GENERAL,
            Role.SECRETARY_GENERAL, Role.VICE_MAYOR, Role.MAYOR);
    static final String[] SIGNED_IN = names(Role.values());

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry r) {
        r.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
        r.requestMatchers("/error", "/error/**").permitAll();
        r.requestMatchers(GET, "/", "/login", "/css/**", "/js/**", "/img/**",
                "/webjars/**", "/favicon.ico").permitAll();
        r.requestMatchers(POST, "/login").permitAll();
        r.requestMatchers(GET, "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
        r.requestMatchers(GET, "/actuator/prometheus").hasRole(Role.SYSTEM_ADMIN.name());
        r.requestMatchers(GET, "/v3/api-docs", "/v3/api-docs/**").permitAll();
        r.requestMatchers(POST, "/logout").hasAnyRole(SIGNED_IN);
        r.requestMatchers("/workspace", "/workspace/inbox").hasAnyRole(STAFF);
        r.requestMatchers("/account/**").hasAnyRole(SIGNED_IN);
        r.requestMatchers(GET, "/admin/users").hasAnyRole(Role.SYSTEM_ADMIN.name(), Role.SECURITY_ADMIN.name());
        r.requestMatchers(POST, "/admin/users", "/admin/users/*/enabled", "/admin/users/*/password")
                .hasRole(Role.SYSTEM_ADMIN.name());
        r.requestMatchers(POST, "/admin/users/*/roles").hasRole(Role.SECURITY_ADMIN.name());
    }

    static String[] names(Role... roles) {
        return java.util.Arrays.stream(roles).filter(r -> r != Role.PUBLIC).map(Role::name).toArray(String[]::new);
    }
}

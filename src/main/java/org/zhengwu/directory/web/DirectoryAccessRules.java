package org.zhengwu.directory.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Arrays;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.AccessRules;

/**
 * The directory's paths. Staff read; staff ask for leave (the book checks it is the holder or
 * the General Office); the mayor or a vice-mayor decides (the book checks it is whoever acts for
 * the mayor today); the General Office records the mayor's absence.
 */
@Component
class DirectoryAccessRules implements AccessRules {

    static final String[] STAFF = names(Role.CLERK, Role.OFFICE_STAFF, Role.DEPUTY_SECRETARY_GENERAL,
            Role.SECRETARY_GENERAL, Role.VICE_MAYOR, Role.MAYOR);
    static final String[] DECIDERS = names(Role.MAYOR, Role.VICE_MAYOR);

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry r) {
        r.requestMatchers(GET, "/directory", "/directory/units/*", "/directory/people/*", "/directory/leave",
                "/directory/acting").hasAnyRole(STAFF);
        r.requestMatchers(POST, "/directory/leave", "/directory/leave/check").hasAnyRole(STAFF);
        r.requestMatchers(POST, "/directory/leave/absence").hasRole(Role.OFFICE_STAFF.name());
        r.requestMatchers(POST, "/directory/leave/*/approve", "/directory/leave/*/reject").hasAnyRole(DECIDERS);
        r.requestMatchers(GET, "/api/v1/directory/units", "/api/v1/directory/units/*", "/api/v1/directory/acting")
                .hasAnyRole(STAFF);
        r.requestMatchers(POST, "/api/v1/directory/leave").hasAnyRole(STAFF);
        r.requestMatchers(POST, "/api/v1/directory/leave/*/approve", "/api/v1/directory/leave/*/reject")
                .hasAnyRole(DECIDERS);
    }

    private static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}

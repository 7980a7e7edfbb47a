package org.zhengwu.gazette.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.AccessRules;

/**
 * The gazette's paths: the General Office manages (first, so that no public pattern covers a
 * management path); everyone, signed in or not, reads what is published (OG-5a).
 */
@Component
class GazetteAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry r) {
        var office = Role.OFFICE_STAFF.name();
        r.requestMatchers("/gazette/manage", "/gazette/manage/**").hasRole(office);
        r.requestMatchers(POST, "/api/v1/gazette/issues").hasRole(office);
        r.requestMatchers("/api/v1/gazette/queue", "/api/v1/gazette/queue/**").hasRole(office);
        String[] pages = {"/gazette", "/gazette/search", "/gazette/documents/*", "/gazette/{year}/{number}"};
        r.requestMatchers(GET, pages).permitAll();
        // link checkers and caches ask with HEAD: the same answer as GET, without the body
        r.requestMatchers(HEAD, pages).permitAll();
        r.requestMatchers(GET, "/api/v1/gazette/issues/*/*", "/api/v1/gazette/documents/*", "/api/v1/gazette/search")
                .permitAll();
    }
}

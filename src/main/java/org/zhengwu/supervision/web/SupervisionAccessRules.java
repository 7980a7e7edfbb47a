package org.zhengwu.supervision.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.AccessRules;

/**
 * The ledger's paths: staff and leaders read (each sees only what is theirs, the facade scopes
 * it); the General Office imports, proposes, verifies and looks back; the deputy reviews, the
 * secretary-general approves (WR-71); units report. The gazette page's fragment is open: it shows
 * the items only to staff.
 */
@Component
class SupervisionAccessRules implements AccessRules {

    static final String[] STAFF = {Role.CLERK.name(), Role.OFFICE_STAFF.name(), Role.DEPUTY_SECRETARY_GENERAL.name(),
        Role.SECRETARY_GENERAL.name(), Role.VICE_MAYOR.name(), Role.MAYOR.name()};

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry r) {
        var office = Role.OFFICE_STAFF.name();
        var clerk = Role.CLERK.name();
        r.requestMatchers(GET, "/supervision/gazette-documents/*/items").permitAll();
        r.requestMatchers(GET, "/supervision/import", "/supervision/import/*", "/supervision/new").hasRole(office);
        r.requestMatchers(POST, "/supervision/import/*", "/supervision/items", "/supervision/items/*/resolve",
                "/supervision/items/*/verify", "/supervision/items/*/look-back").hasRole(office);
        r.requestMatchers(POST, "/supervision/items/*/review").hasRole(Role.DEPUTY_SECRETARY_GENERAL.name());
        r.requestMatchers(POST, "/supervision/items/*/approve").hasRole(Role.SECRETARY_GENERAL.name());
        r.requestMatchers(POST, "/supervision/items/*/close")
                .hasAnyRole(Role.SECRETARY_GENERAL.name(), Role.DEPUTY_SECRETARY_GENERAL.name());
        r.requestMatchers(POST, "/supervision/items/*/responsible", "/supervision/items/*/reports",
                "/supervision/items/*/consolidate").hasRole(clerk);
        r.requestMatchers(POST, "/supervision/items/*/reports/*/return").hasAnyRole(clerk, office);
        r.requestMatchers(GET, "/supervision", "/supervision/items/*", "/supervision/attachments/*",
                "/supervision/dashboard", "/supervision/summary", "/supervision/summary.pdf", "/supervision/export.xlsx", "/supervision/export.pdf")
                .hasAnyRole(STAFF);
        r.requestMatchers(GET, "/api/v1/supervision/items").hasAnyRole(STAFF);
        r.requestMatchers(POST, "/api/v1/supervision/plans/import").hasRole(office);
    }
}

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
 * the items only to staff. The office marks major decisions (WR-66) and important items and records
 * their field studies (WR-71); field inspections (WR-70) are asked for by units and the office and
 * approved by the secretary-general.
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
                "/supervision/items/*/verify", "/supervision/items/*/look-back", "/supervision/items/*/major-decision",
                "/supervision/items/*/important", "/supervision/items/*/field-studies").hasRole(office);
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
        r.requestMatchers(GET, "/supervision/field-study-attachments/*", "/supervision/inspections",
                "/supervision/inspections/*").hasAnyRole(STAFF);
        // WR-70: units and the office ask and start; the secretary-general approves
        r.requestMatchers(POST, "/supervision/inspections", "/supervision/inspections/*/start",
                "/api/v1/supervision/inspections", "/api/v1/supervision/inspections/*/start").hasAnyRole(clerk, office);
        r.requestMatchers(POST, "/supervision/inspections/*/approve", "/api/v1/supervision/inspections/*/approve")
                .hasRole(Role.SECRETARY_GENERAL.name());
        r.requestMatchers(GET, "/api/v1/supervision/items", "/api/v1/supervision/inspections").hasAnyRole(STAFF);
        r.requestMatchers(POST, "/api/v1/supervision/plans/import").hasRole(office);
    }
}

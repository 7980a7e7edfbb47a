package org.zhengwu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.security.NewAccount;
import org.zhengwu.platform.security.UserAccounts;

/**
 * Every endpoint × every role: allowed or denied, as this table says. An endpoint that is not
 * in the table fails the test, so the table grows with each module. Groups: {@code ANYONE}
 * (also anonymous), {@code SIGNED_IN} (every role), {@code STAFF} (the government's staff
 * and leaders, not the administrators).
 */
@IntegrationTest
class AuthorizationMatrixTests {

    static final String MATRIX = """
            GET  /                                        ANYONE
            GET  /login                                   ANYONE
            POST /logout                                  ANYONE
            GET  /error                                   ANYONE
            GET  /actuator/health                         ANYONE
            GET  /actuator/info                           ANYONE
            GET  /actuator/prometheus                     SYSTEM_ADMIN
            GET  /v3/api-docs                             ANYONE
            GET  /workspace                               STAFF
            GET  /workspace/inbox                         STAFF
            GET  /account                                 SIGNED_IN
            POST /account/password                        SIGNED_IN
            POST /account/tokens                          SIGNED_IN
            POST /account/tokens/{id}/revoke              SIGNED_IN
            GET  /admin/users                             SYSTEM_ADMIN SECURITY_ADMIN
            POST /admin/users                             SYSTEM_ADMIN
            POST /admin/users/{username}/enabled          SYSTEM_ADMIN
            POST /admin/users/{username}/password         SYSTEM_ADMIN
            POST /admin/users/{username}/roles            SECURITY_ADMIN
            GET  /audit                                   AUDITOR
            GET  /audit/verify                            AUDITOR
            GET  /calendar                                ANYONE
            GET  /calendar/deadline                       ANYONE
            GET  /api/v1/calendar/working-days            ANYONE
            GET  /api/v1/calendar/days                    ANYONE
            GET  /admin/calendar                          SYSTEM_ADMIN
            POST /admin/calendar                          SYSTEM_ADMIN
            GET  /escalations                             STAFF
            GET  /escalations/{id}                        STAFF
            POST /escalations/{id}/acknowledge            STAFF
            GET  /api/v1/escalations                      STAFF
            POST /api/v1/escalations/{id}/acknowledge     STAFF
            GET  /directory                               STAFF
            GET  /directory/units/{id}                    STAFF
            GET  /directory/people/{id}                   STAFF
            GET  /directory/acting                        STAFF
            GET  /directory/leave                         STAFF
            POST /directory/leave                         STAFF
            POST /directory/leave/check                   STAFF
            POST /directory/leave/{id}/approve            MAYOR VICE_MAYOR
            POST /directory/leave/{id}/reject             MAYOR VICE_MAYOR
            POST /directory/leave/absence                 OFFICE_STAFF
            GET  /api/v1/directory/units                  STAFF
            GET  /api/v1/directory/units/{id}             STAFF
            GET  /api/v1/directory/acting                 STAFF
            POST /api/v1/directory/leave                  STAFF
            POST /api/v1/directory/leave/{id}/approve     MAYOR VICE_MAYOR
            POST /api/v1/directory/leave/{id}/reject      MAYOR VICE_MAYOR
            GET  /gazette                                 ANYONE
            GET  /gazette/{year}/{number}                 ANYONE
            GET  /gazette/search                          ANYONE
            GET  /gazette/documents/{id}                  ANYONE
            GET  /gazette/documents/{id}.pdf              ANYONE
            GET  /api/v1/gazette/issues/{year}/{number}   ANYONE
            GET  /api/v1/gazette/documents/{id}           ANYONE
            GET  /api/v1/gazette/search                   ANYONE
            POST /api/v1/gazette/issues                   OFFICE_STAFF
            GET  /gazette/manage                          OFFICE_STAFF
            POST /gazette/manage                          OFFICE_STAFF
            GET  /gazette/manage/issues/{id}              OFFICE_STAFF
            POST /gazette/manage/issues/{id}/publish      OFFICE_STAFF
            GET  /gazette/manage/queue                    OFFICE_STAFF
            POST /gazette/manage/queue/compile            OFFICE_STAFF
            GET  /api/v1/gazette/queue                    OFFICE_STAFF
            POST /api/v1/gazette/queue/issues             OFFICE_STAFF
            GET  /gazette/manage/documents/{id}           OFFICE_STAFF
            POST /gazette/manage/documents/{id}/disclosure OFFICE_STAFF
            POST /gazette/manage/documents/{id}/amendments OFFICE_STAFF
            GET  /supervision                             STAFF
            GET  /supervision/items/{id}                  STAFF
            GET  /supervision/attachments/{id}            STAFF
            GET  /supervision/dashboard                   STAFF
            GET  /supervision/summary                     STAFF
            GET  /supervision/summary.pdf                 STAFF
            GET  /supervision/export.xlsx                 STAFF
            GET  /supervision/export.pdf                  STAFF
            GET  /supervision/gazette-documents/{id}/items ANYONE
            GET  /supervision/import                      OFFICE_STAFF
            GET  /supervision/import/{document}           OFFICE_STAFF
            POST /supervision/import/{document}           OFFICE_STAFF
            GET  /supervision/new                         OFFICE_STAFF
            POST /supervision/items                       OFFICE_STAFF
            POST /supervision/items/{id}/resolve          OFFICE_STAFF
            POST /supervision/items/{id}/verify           OFFICE_STAFF
            POST /supervision/items/{id}/look-back        OFFICE_STAFF
            POST /supervision/items/{id}/review           DEPUTY_SECRETARY_GENERAL
            POST /supervision/items/{id}/approve          SECRETARY_GENERAL
            POST /supervision/items/{id}/close            SECRETARY_GENERAL DEPUTY_SECRETARY_GENERAL
            POST /supervision/items/{id}/responsible      CLERK
            POST /supervision/items/{id}/reports          CLERK
            POST /supervision/items/{id}/consolidate      CLERK
            POST /supervision/items/{id}/reports/{reportId}/return CLERK OFFICE_STAFF
            POST /supervision/items/{id}/major-decision   OFFICE_STAFF
            POST /supervision/items/{id}/important        OFFICE_STAFF
            POST /supervision/items/{id}/field-studies    OFFICE_STAFF
            GET  /supervision/field-study-attachments/{id} STAFF
            GET  /supervision/inspections                 STAFF
            GET  /supervision/inspections/{id}            STAFF
            POST /supervision/inspections                 CLERK OFFICE_STAFF
            POST /supervision/inspections/{id}/approve    SECRETARY_GENERAL
            POST /supervision/inspections/{id}/start      CLERK OFFICE_STAFF
            GET  /api/v1/supervision/inspections          STAFF
            POST /api/v1/supervision/inspections          CLERK OFFICE_STAFF
            POST /api/v1/supervision/inspections/{id}/approve SECRETARY_GENERAL
            POST /api/v1/supervision/inspections/{id}/start CLERK OFFICE_STAFF
            GET  /api/v1/supervision/items                STAFF
            POST /api/v1/supervision/plans/import         OFFICE_STAFF
            GET  /outgoing                                STAFF
            GET  /outgoing/new                            STAFF
            POST /outgoing                                CLERK OFFICE_STAFF
            GET  /outgoing/{id}                           STAFF
            GET  /outgoing/{id}/pdf                       STAFF
            POST /outgoing/{id}/correct                   CLERK OFFICE_STAFF
            POST /outgoing/{id}/cosign                    CLERK OFFICE_STAFF
            POST /outgoing/{id}/submit                    CLERK OFFICE_STAFF
            POST /outgoing/{id}/legality-review           CLERK OFFICE_STAFF
            POST /outgoing/{id}/review                    DEPUTY_SECRETARY_GENERAL SECRETARY_GENERAL
            POST /outgoing/{id}/leader-cosign             VICE_MAYOR MAYOR
            POST /outgoing/{id}/sign-off                  MAYOR VICE_MAYOR SECRETARY_GENERAL CLERK
            POST /outgoing/{id}/return                    MAYOR VICE_MAYOR SECRETARY_GENERAL CLERK
            POST /outgoing/{id}/release                   CLERK OFFICE_STAFF
            GET  /api/v1/outgoing                         STAFF
            POST /api/v1/outgoing                         CLERK OFFICE_STAFF
            GET  /api/v1/outgoing/{id}                    STAFF
            PUT  /api/v1/outgoing/{id}                    CLERK OFFICE_STAFF
            GET  /api/v1/outgoing/{id}/pdf                STAFF
            POST /api/v1/outgoing/{id}/cosign             CLERK OFFICE_STAFF
            POST /api/v1/outgoing/{id}/submit             CLERK OFFICE_STAFF
            POST /api/v1/outgoing/{id}/legality-review    CLERK OFFICE_STAFF
            POST /api/v1/outgoing/{id}/review             DEPUTY_SECRETARY_GENERAL SECRETARY_GENERAL
            POST /api/v1/outgoing/{id}/leader-cosign      VICE_MAYOR MAYOR
            POST /api/v1/outgoing/{id}/sign-off           MAYOR VICE_MAYOR SECRETARY_GENERAL CLERK
            POST /api/v1/outgoing/{id}/return             MAYOR VICE_MAYOR SECRETARY_GENERAL CLERK
            POST /api/v1/outgoing/{id}/release            CLERK OFFICE_STAFF
            GET  /documents                               STAFF
            GET  /documents/new                           CLERK
            POST /documents                               CLERK
            POST /documents/check                         CLERK OFFICE_STAFF
            POST /documents/prefill                       CLERK
            GET  /documents/desk                          OFFICE_STAFF
            GET  /documents/returns                       OFFICE_STAFF
            GET  /documents/{id}                          STAFF
            GET  /documents/{id}/notice                   STAFF
            GET  /documents/{id}/notice.pdf               STAFF
            GET  /documents/{id}/resubmit                 CLERK
            POST /documents/{id}/resubmit                 CLERK
            POST /documents/{id}/review                   OFFICE_STAFF
            POST /documents/{id}/register                 OFFICE_STAFF
            POST /documents/{id}/route                    OFFICE_STAFF
            POST /documents/{id}/forward                  OFFICE_STAFF
            POST /documents/{id}/decide                   MAYOR VICE_MAYOR
            POST /documents/{id}/read                     MAYOR VICE_MAYOR
            POST /documents/{id}/instructions             MAYOR VICE_MAYOR
            POST /documents/{id}/party-instructions       OFFICE_STAFF
            POST /documents/{id}/answer                   CLERK
            POST /documents/instructions/{iid}/forward    OFFICE_STAFF
            POST /documents/instructions/{iid}/result     CLERK
            POST /documents/instructions/{iid}/summary    OFFICE_STAFF
            GET  /api/v1/documents                        STAFF
            POST /api/v1/documents                        CLERK
            POST /api/v1/documents/check                  CLERK OFFICE_STAFF
            POST /api/v1/documents/prefill                CLERK
            GET  /api/v1/documents/returns                OFFICE_STAFF
            GET  /api/v1/documents/{id}                   STAFF
            GET  /api/v1/documents/{id}/notice.pdf        STAFF
            POST /api/v1/documents/{id}/resubmit          CLERK
            POST /api/v1/documents/{id}/review            OFFICE_STAFF
            POST /api/v1/documents/{id}/register          OFFICE_STAFF
            POST /api/v1/documents/{id}/route             OFFICE_STAFF
            POST /api/v1/documents/{id}/forward           OFFICE_STAFF
            POST /api/v1/documents/{id}/decide            MAYOR VICE_MAYOR
            POST /api/v1/documents/{id}/read              MAYOR VICE_MAYOR
            POST /api/v1/documents/{id}/instructions      MAYOR VICE_MAYOR
            POST /api/v1/documents/{id}/party-instructions OFFICE_STAFF
            POST /api/v1/documents/{id}/answer            CLERK
            POST /api/v1/documents/instructions/{id}/forward OFFICE_STAFF
            POST /api/v1/documents/instructions/{id}/result CLERK
            POST /api/v1/documents/instructions/{id}/summary OFFICE_STAFF
            """;

    /** Framework mappings not owned by a module (documented above through their paths). */
    static final Set<String> FRAMEWORK = Set.of("/v3/api-docs.yaml", "/v3/api-docs/swagger-config",
            "/v3/api-docs/{group}", "/v3/api-docs.yaml/{group}", "/error",
            "/error/403" /* the refusal page itself answers 403 */);

    record Endpoint(HttpMethod method, String pattern, Set<Role> allowed, boolean anonymous) {
        String sample() {
            return pattern.replaceAll("\\{[^}]+}", "zz-sample");
        }
    }

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired UserDetailsService users;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    static List<Endpoint> endpoints() {
        var out = new ArrayList<Endpoint>();
        for (var line : MATRIX.strip().split("\n")) {
            var cols = line.strip().split("\\s+");
            var allowed = EnumSet.noneOf(Role.class);
            boolean anonymous = false;
            for (var group : Arrays.copyOfRange(cols, 2, cols.length)) {
                switch (group) {
                    case "ANYONE" -> { anonymous = true; allowed.addAll(signedIn()); }
                    case "SIGNED_IN" -> allowed.addAll(signedIn());
                    case "STAFF" -> allowed.addAll(EnumSet.of(Role.CLERK, Role.OFFICE_STAFF, Role.DEPUTY_SECRETARY_GENERAL,
                            Role.SECRETARY_GENERAL, Role.VICE_MAYOR, Role.MAYOR));
                    default -> allowed.add(Role.valueOf(group));
                }
            }
            out.add(new Endpoint(HttpMethod.valueOf(cols[0]), cols[1], allowed, anonymous));
        }
        return out;
    }

    static Set<Role> signedIn() {
        var all = EnumSet.allOf(Role.class);
        all.remove(Role.PUBLIC);
        return all;
    }

    @BeforeEach
    void accountsForEveryRole() {
        for (var role : signedIn()) {
            var name = "matrix-" + role.name().toLowerCase().replace('_', '-');
            if (!accounts.exists(name)) {
                accounts.create(new NewAccount(name, name, "Matrix-Pass-2022", Set.of(role), null, null));
            }
        }
    }

    @Test
    void everyMappedEndpointIsInTheMatrix() {
        var listed = new TreeSet<String>();
        endpoints().forEach(e -> listed.add(e.method() + " " + e.pattern()));
        var missing = new TreeSet<String>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods();
            for (var pattern : info.getPatternValues()) {
                if (FRAMEWORK.contains(pattern)) {
                    continue;
                }
                var verbs = methods.isEmpty() ? List.of("GET", "POST") : methods.stream().map(Enum::name).toList();
                verbs.stream().map(v -> v + " " + pattern).filter(k -> !listed.contains(k)).forEach(missing::add);
            }
        });
        assertThat(missing).as("endpoints without a row in the authorization matrix").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyRoleIsAllowedOrDeniedAsTheMatrixSays() {
        return endpoints().stream().flatMap(endpoint -> Stream.concat(
                Stream.of(DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.pattern() + " as anonymous",
                        () -> checkAnonymous(endpoint))),
                signedIn().stream().map(role -> DynamicTest.dynamicTest(
                        endpoint.method() + " " + endpoint.pattern() + " as " + role, () -> check(endpoint, role)))));
    }

    private void check(Endpoint endpoint, Role role) throws Exception {
        var principal = users.loadUserByUsername("matrix-" + role.name().toLowerCase().replace('_', '-'));
        var status = mvc.perform(MockMvcRequestBuilders.request(endpoint.method(), endpoint.sample())
                        .with(user(principal)).with(csrf()).accept("text/html", "application/json"))
                .andReturn().getResponse().getStatus();
        if (endpoint.allowed().contains(role)) {
            assertThat(status).as("%s may use %s", role, endpoint.pattern()).isNotIn(401, 403);
        } else {
            assertThat(status).as("%s must be refused %s", role, endpoint.pattern()).isIn(401, 403);
        }
    }

    private void checkAnonymous(Endpoint endpoint) throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.request(endpoint.method(), endpoint.sample())
                .with(csrf()).accept("text/html", "application/json")).andReturn().getResponse();
        var refused = response.getStatus() == 401 || response.getStatus() == 403
                || (response.getStatus() == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login"));
        assertThat(refused).as("anonymous on %s (status %s)", endpoint.pattern(), response.getStatus())
                .isEqualTo(!endpoint.anonymous());
    }
}

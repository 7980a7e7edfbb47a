package org.zhengwu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.IntegrationTest;
import org.zhengwu.MutableClock;
import org.zhengwu.audit.AuditQuery;
import org.zhengwu.audit.AuditTrail;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.security.ApiTokens;
import org.zhengwu.platform.security.NewAccount;
import org.zhengwu.platform.security.UserAccounts;

@IntegrationTest
class SecurityTests {

    static final String PASSWORD = "Correct-Horse-42";

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired AuditTrail audit;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String account(String username, Role... roles) {
        if (!accounts.exists(username)) {
            accounts.create(new NewAccount(username, "测试 " + username, PASSWORD, Set.of(roles), null, null));
        }
        return username;
    }

    @Test
    void signsInWithTheRightPasswordAndLandsInTheWorkspace() throws Exception {
        var user = account("sec-staff", Role.OFFICE_STAFF);
        mvc.perform(formLogin().user(user).password(PASSWORD)).andExpect(redirectedUrl("/workspace"));
        assertThat(audit.search(new AuditQuery(user, "login.succeeded", null, null, null, 5))).isNotEmpty();
    }

    @Test
    void locksAnAccountForFifteenMinutesAfterFiveFailedLogins() throws Exception {
        clock.set(LocalDateTime.of(2022, 4, 1, 9, 0));
        var user = account("sec-locked", Role.CLERK);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(user).password("wrong")).andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin().user(user).password(PASSWORD)).andExpect(redirectedUrl("/login?error=locked"));
        clock.set(LocalDateTime.of(2022, 4, 1, 9, 16));
        mvc.perform(formLogin().user(user).password(PASSWORD)).andExpect(redirectedUrl("/workspace"));
        assertThat(audit.search(new AuditQuery(null, "account.locked", "user", user, null, 5))).hasSize(1);
    }

    @Test
    void refusesAWeakPassword() {
        assertThatThrownBy(() -> accounts.create(new NewAccount("sec-weak", "弱", "short", Set.of(), null, null)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> accounts.create(new NewAccount("sec-weak", "弱", "alllowercaseletters", Set.of(), null, null)))
                .hasMessage("password.too-simple");
    }

    @Test
    void keepsTheThreeAdministratorsSeparate() {
        assertThatThrownBy(() -> accounts.create(new NewAccount("sec-both", "兼任", PASSWORD,
                Set.of(Role.SYSTEM_ADMIN, Role.AUDITOR), null, null))).hasMessage("account.roles-separated");
        var user = account("sec-admin-target", Role.CLERK);
        assertThatThrownBy(() -> accounts.changeRoles(user, Set.of(Role.CLERK, Role.SECURITY_ADMIN), "someone"))
                .hasMessage("account.roles-separated");
        assertThatThrownBy(() -> accounts.changeRoles(user, Set.of(Role.MAYOR), user)).hasMessage("account.own-roles");
    }

    @Test
    void aPersonalTokenAuthenticatesAnApiClientUntilItIsRevoked() throws Exception {
        var user = account("sec-machine", Role.AUDITOR);
        var secret = tokens.issue(user, "nightly report");
        mvc.perform(get("/audit").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        var id = tokens.list(user).getFirst().id();
        tokens.revoke(user, id);
        mvc.perform(get("/api/v1/anything").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").exists());
    }

    @Test
    void anApiPathNoRoleAllowsIsRefusedAsProblemJsonAndAPageAsThePage() throws Exception {
        var user = account("sec-refused", Role.CLERK);
        var secret = tokens.issue(user, "client");
        mvc.perform(get("/api/v1/no-such-thing").header("Authorization", "Bearer " + secret))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").exists());
        mvc.perform(get("/no-such-page").header("Authorization", "Bearer " + secret))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/error/403"));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        var user = account("sec-csrf", Role.OFFICE_STAFF);
        mvc.perform(post("/account/tokens").param("name", "x")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(user).roles("OFFICE_STAFF")))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void anAnonymousApiCallGetsProblemJsonNotALoginPage() throws Exception {
        mvc.perform(get("/api/v1/directory/units"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("application/problem+json")));
    }

    @Test
    void aStaffPageSendsAnAnonymousVisitorToSignIn() throws Exception {
        mvc.perform(get("/workspace").accept("text/html")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void accountChangesAreAudited() throws Exception {
        var user = account("sec-audited", Role.CLERK);
        accounts.setEnabled(user, false);
        assertThat(audit.search(new AuditQuery(null, "account.", "user", user, null, 10)))
                .extracting(r -> r.action())
                .contains("account.created", "account.disabled");
        mvc.perform(formLogin().user(user).password(PASSWORD)).andExpect(redirectedUrl("/login?error=disabled"));
        accounts.setEnabled(user, true);
        mvc.perform(post("/logout").with(csrf())).andExpect(status().is3xxRedirection());
    }
}

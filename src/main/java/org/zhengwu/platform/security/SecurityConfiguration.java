package org.zhengwu.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.zhengwu.platform.AccessRules;

/**
 * One filter chain: whatever no module's {@link AccessRules} allows is denied. Pages sign in
 * with a form (CSRF on); machine clients present a personal API token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, List<AccessRules> modules, ApiTokens tokens, Clock clock,
            ProblemWriter problems) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        RequestMatcher bearer = ApiTokenFilter::hasBearer;
        http.authorizeHttpRequests(registry -> {
            modules.forEach(rules -> rules.apply(registry));
            registry.anyRequest().denyAll();
        });
        http.addFilterBefore(new ApiTokenFilter(tokens, clock, problems), UsernamePasswordAuthenticationFilter.class);
        http.formLogin(form -> form.loginPage("/login")
                .defaultSuccessUrl("/workspace", false)
                .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                        + "/login?error=" + (e instanceof LockedException ? "locked"
                                : e instanceof DisabledException ? "disabled" : "bad"))));
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(bearer));
        http.exceptionHandling(e -> e
                .defaultAuthenticationEntryPointFor((request, response, ex) ->
                        problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "problem.unauthenticated"), api)
                .defaultAccessDeniedHandlerFor((request, response, ex) ->
                        problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "problem.forbidden"), api)
                // not accessDeniedPage(…): a handler set that way replaces the API's problem+json above
                .defaultAccessDeniedHandlerFor(refusalPage(), AnyRequestMatcher.INSTANCE));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"))
                .frameOptions(f -> f.deny()));
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        return http.build();
    }

    private static AccessDeniedHandler refusalPage() {
        var page = new AccessDeniedHandlerImpl();
        page.setErrorPage("/error/403");
        return page;
    }
}

package org.zhengwu.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates a request that carries {@code Authorization: Bearer zw_…}. */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final Clock clock;
    private final ProblemWriter problems;

    ApiTokenFilter(ApiTokens tokens, Clock clock, ProblemWriter problems) {
        this.tokens = tokens;
        this.clock = clock;
        this.problems = problems;
    }

    static boolean hasBearer(HttpServletRequest request) {
        var header = request.getHeader("Authorization");
        return header != null && header.startsWith("Bearer ");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        var secret = request.getHeader("Authorization").substring("Bearer ".length()).strip();
        var account = tokens.authenticate(secret)
                .filter(a -> a.enabled() && !a.isLockedAt(clock.instant()));
        if (account.isEmpty()) {
            problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "problem.token-invalid");
            return;
        }
        var principal = new AccountPrincipal(account.get(), clock.instant());
        var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

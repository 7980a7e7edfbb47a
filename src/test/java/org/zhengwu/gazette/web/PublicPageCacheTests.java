package org.zhengwu.gazette.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.zhengwu.MutableClock;

class PublicPageCacheTests {

    final MutableClock clock = new MutableClock(ZoneId.of("Asia/Shanghai"));
    final PublicPageCache cache = new PublicPageCache(clock);
    final AtomicInteger rendered = new AtomicInteger();

    @BeforeEach
    void atNine() {
        clock.set(LocalDateTime.of(2022, 4, 1, 9, 0));
    }

    private MockHttpServletResponse get(String path, Cookie... cookies) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        if (cookies.length > 0) {
            request.setCookies(cookies);
        }
        return get(request);
    }

    private MockHttpServletResponse get(MockHttpServletRequest request) throws Exception {
        var response = new MockHttpServletResponse();
        cache.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void doGet(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res)
                    throws java.io.IOException {
                rendered.incrementAndGet();
                res.setStatus(req.getRequestURI().endsWith("missing") ? 404 : 200);
                res.setContentType("text/html;charset=UTF-8");
                res.setHeader("ETag", "\"v1\"");
                res.setHeader("X-Frame-Options", "DENY");
                res.addCookie(new Cookie("tracking", "never-kept"));
                res.getOutputStream().write("<p>第十九条</p>".getBytes(StandardCharsets.UTF_8));
            }
        }));
        return response;
    }

    @Test
    @DisplayName("OG-5a a published page is rendered once and then served as it was, security headers and all")
    void servesAKeptPageWithItsHeadersButNoCookie() throws Exception {
        get("/gazette/documents/abc");
        var again = get("/gazette/documents/abc");
        assertThat(rendered).hasValue(1);
        assertThat(again.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>第十九条</p>");
        assertThat(again.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(again.getHeader("ETag")).isEqualTo("\"v1\"");
        assertThat(again.getCookies()).isEmpty();
    }

    @Test
    void answersACurrentCopyWith304() throws Exception {
        get("/gazette/2022/3");
        var request = new MockHttpServletRequest("GET", "/gazette/2022/3");
        request.addHeader("If-None-Match", "\"v1\"");
        assertThat(get(request).getStatus()).isEqualTo(304);
        assertThat(rendered).hasValue(1);
    }

    @Test
    void leavesAloneRequestsWithCredentialsOtherPathsAndFailures() throws Exception {
        get("/gazette/documents/abc", new Cookie("JSESSIONID", "x"));
        get("/gazette/documents/abc", new Cookie("JSESSIONID", "x"));
        get("/gazette/manage");
        get("/gazette/manage");
        get("/gazette/documents/missing");
        get("/gazette/documents/missing");
        assertThat(rendered).hasValue(6);
    }

    @Test
    void forgetsOnAPublicationAfterAMinuteAndOnANewDay() throws Exception {
        get("/gazette");
        cache.forgetAll();
        get("/gazette");
        clock.set(LocalDateTime.of(2022, 4, 1, 9, 2));
        get("/gazette");
        clock.set(LocalDateTime.of(2022, 4, 2, 0, 0, 30));
        get("/gazette");
        assertThat(rendered).hasValue(4);
        get("/gazette");
        assertThat(rendered).hasValue(4);
    }

    @Test
    @DisplayName("OG-5a search results and a page opened from a hit (?hl=) are never kept")
    void searchPagesAreNotKept() throws Exception {
        for (var path : new String[] {"/gazette/search", "/gazette/search"}) {
            var request = new MockHttpServletRequest("GET", path);
            request.setQueryString("q=应急救援");
            request.setParameter("q", "应急救援");
            get(request);
        }
        assertThat(rendered).hasValue(2);
        for (var hl : new String[] {"应急救援", "48学时"}) {
            var request = new MockHttpServletRequest("GET", "/gazette/documents/abc");
            request.setQueryString("hl=" + hl);
            request.setParameter("hl", hl);
            get(request);
            get(request);
        }
        assertThat(rendered).hasValue(6);
    }
}

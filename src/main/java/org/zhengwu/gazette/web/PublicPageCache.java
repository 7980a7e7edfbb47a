package org.zhengwu.gazette.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.zhengwu.gazette.GazetteDocumentAmended;
import org.zhengwu.gazette.GazetteDocumentDisclosureSet;
import org.zhengwu.gazette.GazetteErratumRecorded;
import org.zhengwu.gazette.GazetteIssuePublished;

/**
 * The public gazette pages (and their PDFs) as anonymous visitors get them, kept in memory:
 * a published issue does not change, so its pages are served like static files. It stands in
 * front of the security filters and answers only requests that carry no credentials at all (no
 * session cookie, no Authorization header): such a request can only ever be anonymous, and these
 * pages are open to anyone. A kept answer keeps every header it had, the security headers with
 * it (never a cookie). An entry lives
 * one minute at most (the pages tell shared caches five), and for the day it was made (validity
 * depends on the day); any publication, amendment, disclosure change or erratum empties the cache
 * at once on this node. Search results ({@code /gazette/search}) are not kept, nor a document
 * page opened from a hit ({@code ?hl=…}, the words marked): their query strings are unbounded.
 */
class PublicPageCache extends OncePerRequestFilter {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(1);
    static final int MAX_ENTRIES = 256;
    private static final java.util.regex.Pattern ISSUE_PAGE = java.util.regex.Pattern.compile("/gazette/\\d{4}/\\d+");

    private record Page(byte[] body, Map<String, String> headers, Instant storedAt, LocalDate day) {
    }

    private final Map<String, Page> entries = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
                    return size() > MAX_ENTRIES;
                }
            });
    private final Clock clock;

    PublicPageCache(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || !isPublicPage(path) || carriesCredentials(request)
                || request.getParameter("hl") != null;
    }

    static boolean isPublicPage(String path) {
        return path.equals("/gazette") || path.startsWith("/gazette/documents/") || ISSUE_PAGE.matcher(path).matches();
    }

    private static boolean carriesCredentials(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getRequestedSessionId() != null) {
            return true;
        }
        var cookies = request.getCookies();
        return cookies != null && cookies.length > 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        var cached = fresh(entries.get(key));
        if (cached != null) {
            replay(cached, request, response);
            return;
        }
        var wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_OK) {
            entries.put(key, new Page(wrapper.getContentAsByteArray(), headers(wrapper), clock.instant(),
                    LocalDate.now(clock)));
        }
        wrapper.copyBodyToResponse();
    }

    private Page fresh(Page entry) {
        if (entry == null || !entry.day().equals(LocalDate.now(clock))
                || entry.storedAt().plus(TIME_TO_LIVE).isBefore(clock.instant())) {
            return null;
        }
        return entry;
    }

    private static void replay(Page entry, HttpServletRequest request, HttpServletResponse response) throws IOException {
        entry.headers().forEach(response::setHeader);
        var etag = entry.headers().get(HttpHeaders.ETAG);
        if (etag != null && etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentLength(entry.body().length);
        response.setBufferSize(entry.body().length);   // one write to the socket, as a static file
        response.getOutputStream().write(entry.body());
    }

    private static Map<String, String> headers(HttpServletResponse response) {
        var kept = new LinkedHashMap<String, String>();
        response.getHeaderNames().stream()
                .filter(name -> !name.equalsIgnoreCase(HttpHeaders.SET_COOKIE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH))
                .forEach(name -> kept.put(name, String.join(", ", response.getHeaders(name))));
        return kept;
    }

    @EventListener({GazetteIssuePublished.class, GazetteDocumentAmended.class, GazetteDocumentDisclosureSet.class,
        GazetteErratumRecorded.class})
    void forgetAll() {
        entries.clear();
    }
}

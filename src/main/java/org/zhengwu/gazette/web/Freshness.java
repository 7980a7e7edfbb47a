package org.zhengwu.gazette.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.WebRequest;

/**
 * Validation and caching of the public pages. A published issue does not change, so a page's
 * ETag is a hash of what it shows (versions, validity, amendments, errata), of who looks (the
 * header names the signed-in user) and of this start of the application (a new release may
 * render differently). Anonymous pages may be kept by shared caches for a few minutes; signed-in
 * pages only by the browser, revalidated each time.
 */
final class Freshness {

    private static final String STARTED = Instant.now().toString();
    static final String PUBLIC = "public, max-age=300";
    static final String PRIVATE = "private, no-cache";

    private Freshness() {
    }

    /** Sets ETag and Cache-Control; true when the client's copy is current (the answer is then 304). */
    static boolean notModified(WebRequest request, Principal user, Object... shown) {
        var etag = "\"" + hash(STARTED, user == null ? "-" : user.getName(), java.util.Arrays.deepToString(shown)) + "\"";
        if (request instanceof org.springframework.web.context.request.ServletWebRequest servlet
                && servlet.getResponse() != null) {
            servlet.getResponse().setHeader(HttpHeaders.CACHE_CONTROL, user == null ? PUBLIC : PRIVATE);
        }
        return request.checkNotModified(etag);
    }

    private static String hash(String... parts) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (var p : parts) {
                digest.update(p.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

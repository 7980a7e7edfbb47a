package org.zhengwu.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.security.AccountEvents.ApiTokenIssued;
import org.zhengwu.platform.security.AccountEvents.ApiTokenRevoked;

/**
 * Personal API tokens for machine clients. The token is shown once; only its SHA-256 is stored.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "zw_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AccountStore accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AccountStore accounts, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** A token as listed to its owner. */
    public record TokenInfo(String id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    }

    /** Issues a token; the returned secret is never shown again. */
    @Transactional
    public String issue(String username, String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new UserError("token.name-invalid", "name");
        }
        if (!accounts.exists(username)) {
            throw new UserError("account.unknown", "username", username);
        }
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO platform.api_token (id, username, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, username, name.strip(), sha256(secret), Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new ApiTokenIssued(username, id, name.strip()));
        return secret;
    }

    @Transactional
    public void revoke(String username, String id) {
        int n = jdbc.sql("UPDATE platform.api_token SET revoked_at = ? WHERE id = ? AND username = ? AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), id, username).update();
        if (n == 0) {
            throw new UserError("token.unknown", "id");
        }
        events.publishEvent(new ApiTokenRevoked(username, id));
    }

    public List<TokenInfo> list(String username) {
        return jdbc.sql("SELECT * FROM platform.api_token WHERE username = ? ORDER BY created_at DESC")
                .param(username)
                .query((rs, i) -> new TokenInfo(rs.getString("id"), rs.getString("name"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /** The account a presented token belongs to, if the token is valid and not revoked. */
    Optional<Account> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        var hash = sha256(secret);
        var username = jdbc.sql("SELECT username FROM platform.api_token WHERE token_hash = ? AND revoked_at IS NULL")
                .param(hash).query(String.class).optional();
        username.ifPresent(u -> jdbc.sql("UPDATE platform.api_token SET last_used_at = ? WHERE token_hash = ?")
                .params(Timestamp.from(clock.instant()), hash).update());
        return username.flatMap(accounts::find);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

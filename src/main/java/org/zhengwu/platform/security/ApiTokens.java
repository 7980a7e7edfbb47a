package org.zhengwu.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.security.AccountEvents.ApiTokenIssued;
import org.zhengwu.platform.security.AccountEvents.ApiTokenRevoked;

/**
 * Personal API tokens for machine clients. The token is shown once; only its SHA-256 is stored.
 *
 * <p>A token that authenticated is remembered for {@link #REMEMBERED} (per node), so that a busy
 * client's requests do not each read the token row and write its {@code last_used_at}: that
 * time is therefore exact to within that period. Revoking forgets the owner's tokens on this
 * node at once; another node may accept a revoked token until its memory of it expires. The
 * account itself (enabled, locked, roles) is still read on every request.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "zw_";
    static final Duration REMEMBERED = Duration.ofSeconds(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Token hash → owner, until (System.nanoTime) the row must be read again. */
    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

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

    private record Remembered(String username, long until) {
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
        forgetAfterCommit(username);
        events.publishEvent(new ApiTokenRevoked(username, id));
    }

    /** Forgets the owner's tokens once the revocation is visible, so none is read back as valid. */
    private void forgetAfterCommit(String username) {
        // the revoked token's hash is not at hand: forget every token of its owner
        Runnable forget = () -> recent.values().removeIf(r -> r.username().equals(username));
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            forget.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                forget.run();
            }
        });
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
        var known = recent.get(hash);
        if (known != null && System.nanoTime() - known.until() < 0) {
            return accounts.find(known.username());
        }
        var username = jdbc.sql("SELECT username FROM platform.api_token WHERE token_hash = ? AND revoked_at IS NULL")
                .param(hash).query(String.class).optional();
        if (username.isEmpty()) {
            recent.remove(hash);
            return Optional.empty();
        }
        jdbc.sql("UPDATE platform.api_token SET last_used_at = ? WHERE token_hash = ?")
                .params(Timestamp.from(clock.instant()), hash).update();
        recent.put(hash, new Remembered(username.get(), System.nanoTime() + REMEMBERED.toNanos()));
        return accounts.find(username.get());
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

package org.zhengwu.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of a record: over every field, each written as its length and its text so
 * that no two different records share an encoding, and over the hash of the record before.
 */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String of(long seq, Instant occurredAt, String actor, String roles, String action, String subjectType,
            String subjectId, List<String> rules, String summary, String prevHash) {
        var text = new StringBuilder();
        for (var field : List.of(Long.toString(seq), Long.toString(occurredAt.toEpochMilli()), actor, roles, action,
                subjectType, subjectId, String.join(",", rules), summary, prevHash)) {
            text.append(field.length()).append(':').append(field).append(';');
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String of(AuditRecord r) {
        return of(r.seq(), r.occurredAt(), r.actor(), r.actorRoles(), r.action(), r.subjectType(), r.subjectId(),
                r.ruleIds(), r.summary(), r.prevHash());
    }
}

package org.zhengwu.rulepack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import org.zhengwu.kernel.UserError;

/**
 * The rule pack in force. It is read and validated when the application starts; a pack
 * with a problem stops the start with a message naming the key.
 */
@Service
public class RulePacks {

    private final RulePack active;
    private final String sha256;
    private final String location;

    RulePacks(ResourceLoader resources, @Value("${zhengwu.rulepack.location}") String location) {
        var text = readText(resources, location);
        this.active = RulePackReader.read(text);
        this.sha256 = sha256(text);
        this.location = location;
    }

    /** The pack in force. */
    public RulePack active() {
        return active;
    }

    /** The SHA-256 of the pack file in force: a change of content changes it. */
    public String sha256() {
        return sha256;
    }

    public String location() {
        return location;
    }

    private static String readText(ResourceLoader resources, String location) {
        var resource = resources.getResource(location);
        if (!resource.exists()) {
            throw new UserError("rulepack.not-found", "zhengwu.rulepack.location", location);
        }
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("rulepack.unreadable", "zhengwu.rulepack.location", location);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.zhengwu.platform.security;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhengwu.kernel.UserError;

/**
 * The password policy: a minimum length, at least three of four character classes, and not
 * the username. Checked whenever a password is set.
 */
@Component
class PasswordPolicy {

    private final int minLength;

    PasswordPolicy(@Value("${zhengwu.security.password-min-length:12}") int minLength) {
        this.minLength = minLength;
    }

    void check(String username, String password) {
        if (password == null || password.length() < minLength) {
            throw new UserError("password.too-short", "password", minLength);
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            throw new UserError("password.too-simple", "password");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new UserError("password.contains-username", "password");
        }
    }
}

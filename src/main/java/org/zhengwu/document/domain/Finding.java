package org.zhengwu.document.domain;

import java.util.List;
import org.zhengwu.kernel.RuleId;

/**
 * What an intake check found: the rule, how it weighs, the field it concerns, and the message
 * key of the document bundle with its arguments (the Chinese text is resolved when shown).
 */
public record Finding(RuleId rule, Severity severity, String field, String messageKey, List<String> arguments) {

    public Finding {
        arguments = List.copyOf(arguments);
    }

    static Finding returned(String rule, String field, String key, String... args) {
        return new Finding(RuleId.of(rule), Severity.RETURN, field, key, List.of(args));
    }

    static Finding review(String rule, String field, String key, String... args) {
        return new Finding(RuleId.of(rule), Severity.REVIEW, field, key, List.of(args));
    }
}

package org.zhengwu.kernel;

import java.util.regex.Pattern;

/** The ID of a machine-checkable rule of the rule catalogue, such as {@code WR-56.5} or {@code WA-4.3}. */
public record RuleId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z]{2}-[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*");

    public RuleId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a rule ID: " + value);
        }
    }

    public static RuleId of(String value) {
        return new RuleId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.zhengwu.kernel;

/**
 * A mistake of the user's, not a fault of the system: bad input, a rule that refuses the
 * action. The message key names a message of the bundles; the field names the offending input.
 */
public class UserError extends RuntimeException {

    private final String field;
    private final RuleId rule;
    private final transient Object[] arguments;

    public UserError(String messageKey, String field, RuleId rule, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.rule = rule;
        this.arguments = arguments.clone();
    }

    public UserError(String messageKey, String field, Object... arguments) {
        this(messageKey, field, null, arguments);
    }

    public String messageKey() {
        return getMessage();
    }

    public String field() {
        return field;
    }

    public RuleId rule() {
        return rule;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

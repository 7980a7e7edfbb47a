package org.zhengwu.directory;

import java.util.List;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.UserError;

/**
 * Why a leave cannot be asked for as it stands: the input at fault, the rule, and the message
 * (a key of the bundle with its arguments, which may themselves be message references).
 */
public record LeaveFinding(String field, RuleId rule, String messageKey, List<Object> arguments) {

    public LeaveFinding {
        arguments = List.copyOf(arguments);
    }

    /** The finding as the error a command throws. */
    public UserError toError() {
        return new UserError(messageKey, field, rule, arguments.toArray());
    }
}

package org.zhengwu.rulepack;

import org.zhengwu.kernel.RuleId;

/** WR-57: working days the General Office has to answer a request, and a handler a forwarded one. */
public record ReplyLimits(RuleId rule, int ordinary, int special, int forwarded) {
}

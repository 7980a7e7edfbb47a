package org.zhengwu.rulepack;

import org.zhengwu.kernel.RuleId;

/**
 * Who acts for an absent leader: WR-6 the post that presides while the mayor is away,
 * WR-8 the designated substitute of an absent vice-mayor.
 */
public record Delegation(RuleId mayorAbsentRule, String mayorActingPost, RuleId viceMayorAbsentRule) {
}

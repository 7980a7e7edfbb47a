package org.zhengwu.directory;

import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.RuleId;

/**
 * Who acts for a post on a day, and why.
 *
 * @param post         the post asked about
 * @param person       who acts; the absent holder when nobody is designated; {@code null} when vacant
 * @param actingAsPost the post through which that person acts (their own post)
 * @param rule         the rule that delegates (WR-6, WR-8); {@code null} when the holder acts or the post is vacant
 * @param explanation  a short Chinese sentence from the bundle, e.g.
 *                     王峰副市长4月6日至8日请假，由补位的张建军副市长代为处理（工作规则第八条）。
 */
public record Acting(PostId post, PersonId person, PostId actingAsPost, Reason reason, RuleId rule,
        String explanation) {

    /** Why this person acts. */
    public enum Reason {
        /** The holder is in office and not away. */
        HOLDER,
        /** WR-6: the mayor is away; the executive vice-mayor (or their substitute) presides. */
        PRESIDING_FOR_MAYOR,
        /** WR-8: the holder is on leave; the designated substitute (or the next one along the chain) acts. */
        SUBSTITUTE,
        /** WR-8: the holder and every substitute along the chain are away; the mayor (or who presides) decides. */
        REFERRED_TO_MAYOR,
        /** The holder is away and no rule names anyone, or nobody is left to act: still the holder's. */
        HOLDER_AWAY,
        /** Nobody holds the post on that day. */
        VACANT
    }

    /** Whether someone other than the holder acts. */
    public boolean isDelegated() {
        return reason == Reason.PRESIDING_FOR_MAYOR || reason == Reason.SUBSTITUTE
                || reason == Reason.REFERRED_TO_MAYOR;
    }
}

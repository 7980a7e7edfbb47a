package org.zhengwu.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhengwu.rulepack.LeavePolicy;
import org.zhengwu.rulepack.RulePack;

/** WR-76 as small functions of the rule pack's leave policy; each refusal names the rule and the input. */
final class LeaveRules {

    private LeaveRules() {
    }

    // WR-76 vice-mayors, the secretary-general, department heads, county heads and zone directors ask the mayor
    static Optional<LeaveFinding> postCovered(Post post, RulePack pack) {
        var policy = pack.leave();
        if (policy.appliesTo(post.kind())) {
            return Optional.empty();
        }
        var kindName = pack.post(post.kind()).map(k -> k.name()).orElse(post.kind());
        return Optional.of(new LeaveFinding("post", policy.rule(), "directory.leave.not-covered",
                List.of(post.title(), kindName)));
    }

    // WR-76 the only excuses are the pack's: important national, provincial or municipal meetings
    static Optional<LeaveFinding> knownExemption(String exemption, LeavePolicy policy) {
        if (exemption == null || policy.isExemption(exemption)) {
            return Optional.empty();
        }
        return Optional.of(new LeaveFinding("exemption", policy.rule(), "directory.leave.exemption-unknown",
                List.of(exemption)));
    }

    // WR-76 asked at least noticeDays before leaving, unless an exemption is claimed (and then recorded)
    static Optional<LeaveFinding> noticeGiven(LocalDate today, LocalDate from, LocalDate latest, String exemption,
            LeavePolicy policy) {
        if (!today.isAfter(latest) || exemption != null) {
            return Optional.empty();
        }
        return Optional.of(new LeaveFinding("from", policy.rule(), "directory.leave.too-late",
                List.of(Texts.days(policy.noticeDays(), policy.noticeUnit()), Texts.date(from), Texts.date(latest))));
    }

    static Optional<LeaveFinding> periodInOrder(LocalDate from, LocalDate to) {
        if (to == null || !to.isBefore(from)) {
            return Optional.empty();
        }
        return Optional.of(new LeaveFinding("to", null, "directory.leave.ends-before-start", List.of()));
    }
}

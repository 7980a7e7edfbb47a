package org.zhengwu.document.outgoing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.UserError;

/** WR-59: who signs a draft off, from the pack's table and the directory's posts and portfolios. */
@Component
class SignOffResolver {

    private static final RuleId WR_59 = RuleId.of("WR-59");

    private final GovernmentPosts posts;

    SignOffResolver(GovernmentPosts posts) {
        this.posts = posts;
    }

    /** The leaders in charge of the lead and the concerned departments, the lead's first. */
    List<PostId> portfolios(Draft draft, List<Cosign> cosigns) {
        var leaders = new LinkedHashSet<PostId>();
        posts.leaderInChargeOf(draft.leadUnit()).ifPresent(leaders::add);
        cosigns.forEach(c -> posts.leaderInChargeOf(c.unit()).ifPresent(leaders::add));
        return List.copyOf(leaders);
    }

    SignOffCase caseOf(Draft draft, List<Cosign> cosigns, boolean escalated) {
        var disputed = draft.disputedOrBroad() || cosigns.stream().anyMatch(c -> c.decision() == Cosign.Decision.DISAGREED);
        return new SignOffCase(draft.issuer(), draft.category(), portfolios(draft, cosigns).size(), disputed, escalated);
    }

    Draft.SignOff resolve(Draft draft, List<Cosign> cosigns, boolean escalated, SignOffTable table) {
        var row = table.decide(caseOf(draft, cosigns, escalated))
                .orElseThrow(() -> new UserError("outgoing.signoff.no-row", "category", WR_59, draft.category()));
        var signers = row.signers().stream().map(s -> post(s, draft)).flatMap(Optional::stream).distinct().toList();
        if (signers.isEmpty()) {
            throw new UserError("outgoing.signoff.no-signer", "leadUnit", row.rule(), row.id());
        }
        var coSigners = new ArrayList<PostId>();
        if (row.coSigners()) {
            portfolios(draft, cosigns).stream().filter(p -> !signers.contains(p)).forEach(coSigners::add);
        }
        return new Draft.SignOff(row.id(), row.rule().value(), signers, coSigners);
    }

    /** DEPARTMENT issuer: the head of the lead department signs. */
    Draft.SignOff departmentHead(Draft draft) {
        var head = posts.headOf(draft.leadUnit())
                .orElseThrow(() -> new UserError("outgoing.signoff.no-head", "leadUnit", draft.leadUnit().value()));
        return new Draft.SignOff("department-head", null, List.of(head), List.of());
    }

    private Optional<PostId> post(Signer signer, Draft draft) {
        return switch (signer) {
            case MAYOR -> posts.ofKind(draft.leadUnit(), "MAYOR");
            case EXECUTIVE_VICE_MAYOR -> posts.ofKind(draft.leadUnit(), "EXECUTIVE_VICE_MAYOR");
            case SECRETARY_GENERAL -> posts.ofKind(draft.leadUnit(), "SECRETARY_GENERAL");
            case VICE_MAYOR_IN_CHARGE -> posts.leaderInChargeOf(draft.leadUnit());
            case AUTHORISED_BY_MAYOR -> Optional.ofNullable(draft.authorisedPost()).filter(Objects::nonNull);
        };
    }
}

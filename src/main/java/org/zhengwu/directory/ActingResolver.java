package org.zhengwu.directory;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengwu.directory.Acting.Reason;
import org.zhengwu.directory.domain.SubstituteChain;
import org.zhengwu.directory.domain.SubstituteChain.Walk;
import org.zhengwu.directory.persistence.LeaveStore;
import org.zhengwu.directory.persistence.PortfolioStore;
import org.zhengwu.directory.persistence.TermStore;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;

/**
 * Who acts for a post on a day. The holder, unless an approved leave or a recorded absence keeps
 * them away: then for the mayor the executive vice-mayor presides (WR-6), for a post with a
 * designated substitute the chain of substitutes acts (WR-8), and when that chain is exhausted
 * the mayor, or whoever presides for the mayor, decides.
 */
@Component
class ActingResolver {

    /** The holder of a post who is away, and the leave that keeps them away. */
    record Absent(Post post, PersonId holder, Leave leave) {
    }

    private final TermStore terms;
    private final LeaveStore leaves;
    private final PortfolioStore portfolios;
    private final Leadership leadership;
    private final ActingExplainer explain;

    ActingResolver(TermStore terms, LeaveStore leaves, PortfolioStore portfolios, Leadership leadership,
            ActingExplainer explain) {
        this.terms = terms;
        this.leaves = leaves;
        this.portfolios = portfolios;
        this.leadership = leadership;
        this.explain = explain;
    }

    Acting resolve(Post post, LocalDate day) {
        var holder = holderOf(post.id(), day);
        if (holder.isEmpty()) {
            return explain.vacant(post);
        }
        var leave = leaves.inForceOn(holder.get(), day);
        if (leave.isEmpty()) {
            return explain.holder(post, holder.get());
        }
        var away = new Absent(post, holder.get(), leave.get());
        if (leadership.isMayor(post)) {
            return presiding(away, day);
        }
        return portfolios.substituteOf(post.id()).map(first -> substitute(away, first, day))
                .orElseGet(() -> explain.holderAway(away));
    }

    // WR-6 the mayor away: the executive vice-mayor presides, or their WR-8 substitute if they are away too
    private Acting presiding(Absent away, LocalDate day) {
        var presidingPost = leadership.presidingPostFor(away.post());
        if (presidingPost.isEmpty()) {
            return explain.nobodyPresides(away);
        }
        var walk = chain(day).from(presidingPost.get().id(), Set.of(away.post().id()));
        return walk.found().isPresent() ? explain.presiding(away, walk) : explain.nobodyPresides(away);
    }

    // WR-8 a vice-mayor away: the designated substitute, then theirs, never twice round the ring
    private Acting substitute(Absent away, PostId first, LocalDate day) {
        var walk = chain(day).from(first, Set.of(away.post().id()));
        return walk.found().isPresent() ? explain.substitute(away, walk) : referred(away, walk, day);
    }

    private Acting referred(Absent away, Walk walk, LocalDate day) {
        return leadership.mayorPostFor(away.post())
                .filter(mayor -> !mayor.id().equals(away.post().id()))
                .map(mayor -> resolve(mayor, day))
                .filter(a -> a.reason() == Reason.HOLDER || a.reason() == Reason.PRESIDING_FOR_MAYOR)
                .map(decides -> explain.referred(away, walk, decides))
                .orElseGet(() -> explain.nobody(away, walk));
    }

    private SubstituteChain chain(LocalDate day) {
        return new SubstituteChain(portfolios::substituteOf, post -> holderOf(post, day),
                person -> leaves.inForceOn(person, day).isPresent());
    }

    private Optional<PersonId> holderOf(PostId post, LocalDate day) {
        return terms.covering(post, day).map(OfficeTerm::person);
    }
}

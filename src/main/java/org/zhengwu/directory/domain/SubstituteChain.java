package org.zhengwu.directory.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;

/**
 * WR-8: from a post, follows the designated substitutes until it finds a holder who is not away.
 * It never passes the same post twice, so a ring of substitutes (王峰 → 张建军 → 李强 → 王峰) ends.
 */
public final class SubstituteChain {

    /** A post on the way and its holder, if any. */
    public record Step(PostId post, Optional<PersonId> holder) {
    }

    /** The posts passed over (vacant or their holder away) and the one found, if any. */
    public record Walk(List<Step> passedOver, Optional<Step> found) {
    }

    private final Function<PostId, Optional<PostId>> substituteOf;
    private final Function<PostId, Optional<PersonId>> holderOf;
    private final Predicate<PersonId> isAway;

    public SubstituteChain(Function<PostId, Optional<PostId>> substituteOf,
            Function<PostId, Optional<PersonId>> holderOf, Predicate<PersonId> isAway) {
        this.substituteOf = substituteOf;
        this.holderOf = holderOf;
        this.isAway = isAway;
    }

    /** Walks from {@code start} itself; posts in {@code passed} (the absent one's own) are not entered. */
    public Walk from(PostId start, Set<PostId> passed) {
        var seen = new HashSet<>(passed);
        var passedOver = new ArrayList<Step>();
        var post = Optional.of(start);
        while (post.isPresent() && seen.add(post.get())) {
            var step = new Step(post.get(), holderOf.apply(post.get()));
            if (step.holder().isPresent() && !isAway.test(step.holder().get())) {
                return new Walk(passedOver, Optional.of(step));
            }
            passedOver.add(step);
            post = substituteOf.apply(post.get());
        }
        return new Walk(passedOver, Optional.empty());
    }
}

package org.zhengwu.directory;

import java.util.HashSet;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengwu.directory.persistence.PostStore;
import org.zhengwu.directory.persistence.UnitStore;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.rulepack.RulePacks;

/**
 * Where a post stands: the government above it, its mayor (the government's principal post),
 * who presides while the mayor is away (WR-6) and who approves leave (WR-76), as the rule pack
 * names their post kinds. Found within the post's own government, so that two governments
 * in one directory never mix.
 */
@Component
class Leadership {

    private final UnitStore units;
    private final PostStore posts;
    private final RulePacks packs;

    Leadership(UnitStore units, PostStore posts, RulePacks packs) {
        this.units = units;
        this.posts = posts;
        this.packs = packs;
    }

    Optional<OrgUnit> governmentOf(OrgUnitId unit) {
        var seen = new HashSet<OrgUnitId>();
        var current = units.find(unit);
        while (current.isPresent() && seen.add(current.get().id())) {
            if (current.get().kind() == UnitKind.GOVERNMENT) {
                return current;
            }
            current = Optional.ofNullable(current.get().parent()).flatMap(units::find);
        }
        return Optional.empty();
    }

    boolean isMayor(Post post) {
        return post.head() && units.find(post.unit()).map(u -> u.kind() == UnitKind.GOVERNMENT).orElse(false);
    }

    Optional<Post> mayorPostFor(Post post) {
        return governmentOf(post.unit()).flatMap(g -> posts.headOf(g.id()));
    }

    /** WR-6: the post that presides while the mayor is away. */
    Optional<Post> presidingPostFor(Post mayorPost) {
        return ofKindInGovernment(mayorPost, packs.active().delegation().mayorActingPost());
    }

    /** WR-76: the post that approves this post's leave. */
    Optional<Post> approverPostFor(Post post) {
        return ofKindInGovernment(post, packs.active().leave().approverPost());
    }

    private Optional<Post> ofKindInGovernment(Post post, String kind) {
        return governmentOf(post.unit())
                .flatMap(g -> posts.inUnit(g.id()).stream().filter(p -> p.kind().equals(kind)).findFirst());
    }
}

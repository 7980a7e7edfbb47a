package org.zhengwu.directory;

import java.util.List;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PostId;

/**
 * A directory file as read, before it is checked against what the directory holds. Entries
 * refer to each other by id; a reference may also name what an earlier file brought.
 */
record DirectoryFile(List<OrgUnit> units, List<Person> people, List<Post> posts, List<OfficeTerm> terms,
        List<Portfolio> portfolios, List<Substitute> substitutes) {

    /** A leader's post and the units in their charge (分管). */
    record Portfolio(PostId post, List<OrgUnitId> units) {
    }

    /** WR-8: a post and the post designated to stand in for it. */
    record Substitute(PostId post, PostId substitute) {
    }
}

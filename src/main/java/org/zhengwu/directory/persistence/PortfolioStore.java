package org.zhengwu.directory.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PostId;

/** Portfolios (分管: a leader's post → the units in their charge) and WR-8 substitutes (post → post). */
@Repository
public class PortfolioStore {

    private final JdbcClient jdbc;
    private final DirectoryReads reads;

    PortfolioStore(JdbcClient jdbc, DirectoryReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    public List<OrgUnitId> unitsOf(PostId post) {
        return reads.get(() -> jdbc.sql("""
                SELECT p.unit_id FROM directory.portfolio p JOIN directory.org_unit u ON u.id = p.unit_id
                WHERE p.post_id = ? ORDER BY u.rank_order, u.name""")
                .param(post.value()).query((rs, i) -> new OrgUnitId(rs.getString(1))).list().stream().toList(),
                "portfolio", post.value());
    }

    public List<PostId> postsInChargeOf(OrgUnitId unit) {
        return reads.get(() -> jdbc.sql("""
                SELECT p.post_id FROM directory.portfolio p JOIN directory.post s ON s.id = p.post_id
                WHERE p.unit_id = ? ORDER BY s.rank_order, s.id""")
                .param(unit.value()).query((rs, i) -> new PostId(rs.getString(1))).list().stream().toList(),
                "inChargeOf", unit.value());
    }

    public boolean has(PostId post, OrgUnitId unit) {
        return unitsOf(post).contains(unit);
    }

    public void add(PostId post, OrgUnitId unit) {
        reads.write(() -> jdbc.sql("INSERT INTO directory.portfolio (post_id, unit_id) VALUES (?, ?)")
                .params(post.value(), unit.value()).update());
    }

    public Optional<PostId> substituteOf(PostId post) {
        return reads.get(() -> jdbc.sql("SELECT substitute_post_id FROM directory.substitute WHERE post_id = ?")
                .param(post.value()).query((rs, i) -> new PostId(rs.getString(1))).optional(),
                "substitute", post.value());
    }

    public void setSubstitute(PostId post, PostId substitute) {
        reads.write(() -> jdbc.sql("INSERT INTO directory.substitute (post_id, substitute_post_id) VALUES (?, ?)")
                .params(post.value(), substitute.value()).update());
    }
}

package org.zhengwu.directory.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.directory.Post;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PostId;

/** Posts: the seats of each unit. */
@Repository
public class PostStore {

    private static final String ORDER = " ORDER BY rank_order, id";

    private final JdbcClient jdbc;
    private final DirectoryReads reads;

    PostStore(JdbcClient jdbc, DirectoryReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    public Optional<Post> find(PostId id) {
        return reads.get(() -> jdbc.sql("SELECT * FROM directory.post WHERE id = ?").param(id.value())
                .query(PostStore::map).optional(), "post", id.value());
    }

    public List<Post> all() {
        return reads.get(() -> jdbc.sql("SELECT * FROM directory.post" + ORDER).query(PostStore::map).list().stream()
                .toList(), "posts");
    }

    public List<Post> inUnit(OrgUnitId unit) {
        return reads.get(() -> jdbc.sql("SELECT * FROM directory.post WHERE unit_id = ?" + ORDER).param(unit.value())
                .query(PostStore::map).list().stream().toList(), "postsIn", unit.value());
    }

    public List<Post> ofKind(String kind) {
        return reads.get(() -> jdbc.sql("SELECT * FROM directory.post WHERE kind = ?" + ORDER).param(kind)
                .query(PostStore::map).list().stream().toList(), "postsOfKind", kind);
    }

    /** The posts of any of the kinds, in rank order. */
    public List<Post> ofKinds(Collection<String> kinds) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        var values = kinds.stream().distinct().sorted().toList();
        return reads.get(() -> jdbc.sql("SELECT * FROM directory.post WHERE kind IN (:kinds)" + ORDER)
                .param("kinds", values).query(PostStore::map).list().stream().toList(), "postsOfKinds", values);
    }

    public Optional<Post> headOf(OrgUnitId unit) {
        return inUnit(unit).stream().filter(Post::head).findFirst();
    }

    public boolean exists(PostId id) {
        return find(id).isPresent();
    }

    public void insert(Post post) {
        reads.write(() -> jdbc.sql("INSERT INTO directory.post (id, title, kind, unit_id, rank_order, is_head)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(post.id().value(), post.title(), post.kind(), post.unit().value(), post.rank(), post.head())
                .update());
    }

    private static Post map(ResultSet rs, int row) throws SQLException {
        return new Post(new PostId(rs.getString("id")), rs.getString("title"), rs.getString("kind"),
                new OrgUnitId(rs.getString("unit_id")), rs.getInt("rank_order"), rs.getBoolean("is_head"));
    }
}

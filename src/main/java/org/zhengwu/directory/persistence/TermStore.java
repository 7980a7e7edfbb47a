package org.zhengwu.directory.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengwu.directory.OfficeTerm;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;

/** Office terms: who held which post from when until when, after which notice. */
@Repository
public class TermStore {

    // Terms whose start the record does not give come first: they began before it.
    private static final String ORDER = " ORDER BY CASE WHEN start_date IS NULL THEN 0 ELSE 1 END, start_date, id";
    private static final String SEPARATOR = "\n";

    private final JdbcClient jdbc;
    private final DirectoryReads reads;

    TermStore(JdbcClient jdbc, DirectoryReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    public List<OfficeTerm> ofPost(PostId post) {
        return reads.get(() -> jdbc.sql("SELECT * FROM directory.office_term WHERE post_id = ?" + ORDER)
                .param(post.value()).query(TermStore::map).list().stream().toList(), "termsOfPost", post.value());
    }

    /** Every term of the posts, each post's earliest first. */
    public List<OfficeTerm> ofPosts(Collection<PostId> posts) {
        if (posts.isEmpty()) {
            return List.of();
        }
        var values = posts.stream().map(PostId::value).distinct().sorted().toList();
        return reads.get(() -> jdbc.sql("SELECT * FROM directory.office_term WHERE post_id IN (:posts)" + ORDER)
                .param("posts", values).query(TermStore::map).list().stream().toList(), "termsOfPosts", values);
    }

    public List<OfficeTerm> ofPerson(PersonId person) {
        return reads.get(() -> jdbc.sql("SELECT * FROM directory.office_term WHERE person_id = ?" + ORDER)
                .param(person.value()).query(TermStore::map).list().stream().toList(), "termsOfPerson", person.value());
    }

    /** The term of the post that covers the day, if any. */
    public Optional<OfficeTerm> covering(PostId post, LocalDate day) {
        return ofPost(post).stream().filter(t -> t.covers(day)).findFirst();
    }

    public long insert(OfficeTerm term) {
        var keys = new GeneratedKeyHolder();
        reads.write(() -> jdbc.sql("""
                INSERT INTO directory.office_term (post_id, person_id, start_date, end_date, source_doc, end_source_doc, qualifiers)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(term.post().value(), term.person().value(), term.from(), term.to(), term.sourceDoc(),
                        term.endSourceDoc(), String.join(SEPARATOR, term.qualifiers()))
                .update(keys, "id"));
        return keys.getKeyAs(Number.class).longValue();
    }

    public void close(long termId, LocalDate on, String sourceDoc) {
        reads.write(() -> jdbc.sql("UPDATE directory.office_term SET end_date = ?, end_source_doc = ? WHERE id = ?")
                .params(on, sourceDoc, termId).update());
    }

    private static OfficeTerm map(ResultSet rs, int row) throws SQLException {
        var qualifiers = rs.getString("qualifiers");
        return new OfficeTerm(rs.getLong("id"), new PostId(rs.getString("post_id")),
                new PersonId(rs.getString("person_id")), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getString("source_doc"), rs.getString("end_source_doc"),
                qualifiers == null || qualifiers.isEmpty() ? List.of() : List.of(qualifiers.split(SEPARATOR)));
    }
}

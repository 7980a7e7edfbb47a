package org.zhengwu.directory.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.directory.Person;
import org.zhengwu.kernel.PersonId;

/** The people of the directory. */
@Repository
public class PersonStore {

    private final JdbcClient jdbc;
    private final DirectoryReads reads;

    PersonStore(JdbcClient jdbc, DirectoryReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    public Optional<Person> find(PersonId id) {
        return reads.get(() -> jdbc.sql("SELECT * FROM directory.person WHERE id = ?").param(id.value())
                .query(PersonStore::map).optional(), "person", id.value());
    }

    /** The people of the ids that exist, by id. */
    public Map<PersonId, Person> find(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var values = ids.stream().map(PersonId::value).distinct().sorted().toList();
        return reads.get(() -> {
            var found = new HashMap<PersonId, Person>();
            jdbc.sql("SELECT * FROM directory.person WHERE id IN (:ids)").param("ids", values)
                    .query(PersonStore::map).list().forEach(p -> found.put(p.id(), p));
            return Map.copyOf(found);
        }, "people", values);
    }

    public List<Person> all() {
        return reads.get(() -> jdbc.sql("SELECT * FROM directory.person ORDER BY name, id").query(PersonStore::map)
                .list().stream().toList(), "everyone");
    }

    public boolean exists(PersonId id) {
        return find(id).isPresent();
    }

    public void insert(Person person) {
        reads.write(() -> jdbc.sql("INSERT INTO directory.person (id, name) VALUES (?, ?)")
                .params(person.id().value(), person.name()).update());
    }

    private static Person map(ResultSet rs, int row) throws SQLException {
        return new Person(new PersonId(rs.getString("id")), rs.getString("name"));
    }
}

package org.zhengwu.directory.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.IntegrationTest;
import org.zhengwu.directory.Person;
import org.zhengwu.kernel.PersonId;

/** The directory's stores answer from memory between writes, and never with what a write did not commit. */
@IntegrationTest
class DirectoryReadsTests {

    @Autowired
    PersonStore people;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    @DisplayName("a read is answered from memory while the revision stands, from the tables once it is raised")
    void remembersWhileTheRevisionStands() {
        var id = newId();
        tx.executeWithoutResult(s -> people.insert(new Person(id, "甲")));
        assertThat(people.find(id)).map(Person::name).contains("甲");

        // changed behind the stores' back, the revision not raised: the remembered answer stands
        jdbc.sql("UPDATE directory.person SET name = '乙' WHERE id = ?").param(id.value()).update();
        assertThat(people.find(id)).map(Person::name).contains("甲");

        // raised, as every write through a store on any node raises it: the tables are read again
        jdbc.sql("UPDATE directory.revision SET n = n + 1 WHERE id = 1").update();
        assertThat(people.find(id)).map(Person::name).contains("乙");
    }

    @Test
    @DisplayName("a committed write is seen by the next read, though the answer before it was remembered")
    void aCommittedWriteIsSeen() {
        var id = newId();
        assertThat(people.find(id)).isEmpty();
        assertThat(people.find(id)).isEmpty();
        tx.executeWithoutResult(s -> people.insert(new Person(id, "丙")));
        assertThat(people.find(id)).map(Person::name).contains("丙");
    }

    @Test
    @DisplayName("a transaction that wrote reads its own writes; rolled back, they are never remembered")
    void aRolledBackWriteIsNeverRemembered() {
        var id = newId();
        assertThat(people.find(id)).isEmpty();
        tx.executeWithoutResult(s -> {
            assertThat(people.find(id)).isEmpty();
            people.insert(new Person(id, "丁"));
            assertThat(people.find(id)).map(Person::name).contains("丁");
            s.setRollbackOnly();
        });
        assertThat(people.find(id)).isEmpty();

        // the next committed write takes the revision number the rolled-back one had taken
        var other = newId();
        tx.executeWithoutResult(s -> people.insert(new Person(other, "戊")));
        assertThat(people.find(id)).isEmpty();
        assertThat(people.find(other)).map(Person::name).contains("戊");
    }

    private static PersonId newId() {
        return new PersonId("reads-" + UUID.randomUUID());
    }
}

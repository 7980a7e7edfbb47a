package org.zhengwu.directory;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.Actor;

/**
 * A small government of its own for one test, so that tests sharing the database never see each
 * other's leaders: a mayor, an executive vice-mayor, three vice-mayors in a ring of substitutes
 * (vm1 → vm2 → vm3 → vm1; exec → vm1), a secretary-general, a deputy, and a department with a head.
 * Everyone holds office from 2020-01-01.
 */
public final class TestGovernment {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static final String TEMPLATE = """
            units:
              - { id: T9-gov, name: T9测试市人民政府, short: T9市政府, kind: GOVERNMENT }
              - { id: T9-office, name: T9测试市人民政府办公室, short: T9市政府办公室, kind: GENERAL_OFFICE, parent: T9-gov }
              - { id: T9-dept, name: T9测试市生态环境局, short: T9市生态环境局, kind: DEPARTMENT, parent: T9-gov, head: 局长 }
            people:
              - { id: T9-mayor, name: 甲市长T9 }
              - { id: T9-exec, name: 乙常务T9 }
              - { id: T9-vm1, name: 丙副市长T9 }
              - { id: T9-vm2, name: 丁副市长T9 }
              - { id: T9-vm3, name: 戊副市长T9 }
              - { id: T9-secgen, name: 己秘书长T9 }
              - { id: T9-dsg, name: 庚副秘书长T9 }
              - { id: T9-head, name: 辛局长T9 }
            posts:
              - { id: T9-mayor, title: 市长, kind: MAYOR, unit: T9-gov, head: true }
              - { id: T9-exec, title: 常务副市长, kind: EXECUTIVE_VICE_MAYOR, unit: T9-gov }
              - { id: T9-vm1, title: 副市长, kind: VICE_MAYOR, unit: T9-gov }
              - { id: T9-vm2, title: 副市长, kind: VICE_MAYOR, unit: T9-gov }
              - { id: T9-vm3, title: 副市长, kind: VICE_MAYOR, unit: T9-gov }
              - { id: T9-secgen, title: 秘书长, kind: SECRETARY_GENERAL, unit: T9-office, head: true }
              - { id: T9-dsg, title: 副秘书长, kind: DEPUTY_SECRETARY_GENERAL, unit: T9-office }
            terms:
              - { post: T9-mayor, person: T9-mayor, from: 2020-01-01, source: 测试 }
              - { post: T9-exec, person: T9-exec, from: 2020-01-01, source: 测试 }
              - { post: T9-vm1, person: T9-vm1, from: 2020-01-01, source: 测试 }
              - { post: T9-vm2, person: T9-vm2, from: 2020-01-01, source: 测试 }
              - { post: T9-vm3, person: T9-vm3, from: 2020-01-01, source: 测试 }
              - { post: T9-secgen, person: T9-secgen, from: 2020-01-01, source: 测试 }
              - { post: T9-dsg, person: T9-dsg, from: 2020-01-01, source: 测试 }
              - { post: T9-dept-head, person: T9-head, from: 2020-01-01, source: 测试 }
            portfolios:
              - { post: T9-vm1, units: [T9-dept] }
              - { post: T9-dsg, units: [T9-dept] }
            substitutes:
              - { post: T9-vm1, substitute: T9-vm2 }
              - { post: T9-vm2, substitute: T9-vm3 }
              - { post: T9-vm3, substitute: T9-vm1 }
              - { post: T9-exec, substitute: T9-vm1 }
            """;

    public final String prefix;

    private TestGovernment(String prefix) {
        this.prefix = prefix;
    }

    /** Loads a new government whose ids start with the name and a number of its own. */
    public static TestGovernment load(DirectoryImport imports, String name) {
        var government = new TestGovernment(name + SEQUENCE.incrementAndGet());
        imports.load(TEMPLATE.replace("T9", government.prefix), "test-" + government.prefix);
        return government;
    }

    public PostId post(String key) {
        return new PostId(prefix + "-" + key);
    }

    public PersonId person(String key) {
        return new PersonId(prefix + "-" + key);
    }

    public OrgUnitId unit(String key) {
        return new OrgUnitId(prefix + "-" + key);
    }

    /** A signed-in leader, as the person of the given key. */
    public Actor leader(String key, Role role) {
        return new Actor(prefix + "-" + key, key, Set.of(role), unit("gov"), person(key));
    }

    /** Someone of the General Office. */
    public Actor office() {
        return new Actor(prefix + "-office-staff", "office", Set.of(Role.OFFICE_STAFF), unit("office"), null);
    }
}

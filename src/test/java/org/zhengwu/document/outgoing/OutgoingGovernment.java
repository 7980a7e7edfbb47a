package org.zhengwu.document.outgoing;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhengwu.directory.DirectoryImport;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.Actor;

/**
 * A government of its own for one test: mayor, executive vice-mayor, two vice-mayors who
 * substitute for each other (WR-8), a secretary-general, a deputy in charge of department A's
 * business and a deputy for documents (the General Office in their portfolio, WR-58); departments A
 * (vm1), B (vm2), a justice bureau (vm2, WR-22) and a county. Everyone holds office from 2020.
 */
final class OutgoingGovernment {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static final String TEMPLATE = """
            units:
              - { id: Q-gov, name: Q测试市人民政府, short: Q市政府, kind: GOVERNMENT }
              - { id: Q-office, name: Q测试市人民政府办公室, short: Q市政府办公室, kind: GENERAL_OFFICE, parent: Q-gov }
              - { id: Q-a, name: Q测试市生态环境局, short: Q市生态环境局, kind: DEPARTMENT, parent: Q-gov, head: 局长 }
              - { id: Q-b, name: Q测试市住房和城乡建设局, short: Q市住建局, kind: DEPARTMENT, parent: Q-gov, head: 局长 }
              - { id: Q-justice, name: Q测试市司法局, short: Q市司法局, kind: DEPARTMENT, parent: Q-gov, head: 局长 }
              - { id: Q-county, name: Q测试县, short: Q测试县, kind: COUNTY, parent: Q-gov, head: 县长 }
            people:
              - { id: Q-mayor, name: 甲市长Q }
              - { id: Q-exec, name: 乙常务Q }
              - { id: Q-vm1, name: 丙副市长Q }
              - { id: Q-vm2, name: 丁副市长Q }
              - { id: Q-secgen, name: 己秘书长Q }
              - { id: Q-dsg1, name: 庚副秘书长Q }
              - { id: Q-dsg2, name: 辛副秘书长Q }
              - { id: Q-ahead, name: 壬局长Q }
            posts:
              - { id: Q-mayor, title: 市长, kind: MAYOR, unit: Q-gov, rank: 1, head: true }
              - { id: Q-exec, title: 常务副市长, kind: EXECUTIVE_VICE_MAYOR, unit: Q-gov, rank: 2 }
              - { id: Q-vm1, title: 副市长, kind: VICE_MAYOR, unit: Q-gov, rank: 3 }
              - { id: Q-vm2, title: 副市长, kind: VICE_MAYOR, unit: Q-gov, rank: 4 }
              - { id: Q-secgen, title: 秘书长, kind: SECRETARY_GENERAL, unit: Q-office, rank: 1, head: true }
              - { id: Q-dsg1, title: 副秘书长, kind: DEPUTY_SECRETARY_GENERAL, unit: Q-office, rank: 2 }
              - { id: Q-dsg2, title: 副秘书长, kind: DEPUTY_SECRETARY_GENERAL, unit: Q-office, rank: 3 }
            terms:
              - { post: Q-mayor, person: Q-mayor, from: 2020-01-01, source: 测试 }
              - { post: Q-exec, person: Q-exec, from: 2020-01-01, source: 测试 }
              - { post: Q-vm1, person: Q-vm1, from: 2020-01-01, source: 测试 }
              - { post: Q-vm2, person: Q-vm2, from: 2020-01-01, source: 测试 }
              - { post: Q-secgen, person: Q-secgen, from: 2020-01-01, source: 测试 }
              - { post: Q-dsg1, person: Q-dsg1, from: 2020-01-01, source: 测试 }
              - { post: Q-dsg2, person: Q-dsg2, from: 2020-01-01, source: 测试 }
              - { post: Q-a-head, person: Q-ahead, from: 2020-01-01, source: 测试 }
            portfolios:
              - { post: Q-vm1, units: [Q-a] }
              - { post: Q-vm2, units: [Q-b, Q-justice] }
              - { post: Q-dsg1, units: [Q-a, Q-b] }
              - { post: Q-dsg2, units: [Q-office] }
            substitutes:
              - { post: Q-vm1, substitute: Q-vm2 }
              - { post: Q-vm2, substitute: Q-vm1 }
              - { post: Q-exec, substitute: Q-vm1 }
            """;

    final String prefix;

    private OutgoingGovernment(String prefix) {
        this.prefix = prefix;
    }

    static OutgoingGovernment load(DirectoryImport imports) {
        var n = SEQUENCE.incrementAndGet();
        var government = new OutgoingGovernment("og" + n + "x" + Long.toString(System.nanoTime() % 100000));
        imports.load(TEMPLATE.replace("Q", government.prefix), "test-" + government.prefix);
        return government;
    }

    PostId post(String key) {
        return new PostId(prefix + "-" + key);
    }

    OrgUnitId unit(String key) {
        return new OrgUnitId(prefix + "-" + key);
    }

    /** A leader signed in as the person of the key. */
    Actor leader(String key, Role role) {
        return new Actor(prefix + "-" + key, key, Set.of(role), unit("gov"), new PersonId(prefix + "-" + key));
    }

    Actor clerk(String unitKey) {
        return new Actor(prefix + "-clerk-" + unitKey, "clerk " + unitKey, Set.of(Role.CLERK), unit(unitKey), null);
    }

    /** The head of department A, signing in as a department's staff with their person. */
    Actor headOfA() {
        return new Actor(prefix + "-ahead", "ahead", Set.of(Role.CLERK), unit("a"), new PersonId(prefix + "-ahead"));
    }

    Actor office() {
        return new Actor(prefix + "-office", "office", Set.of(Role.OFFICE_STAFF), unit("office"), null);
    }

    String name(String unitKey) {
        return switch (unitKey) {
            case "county" -> prefix + "测试县";
            case "gov" -> prefix + "测试市人民政府";
            default -> throw new IllegalArgumentException(unitKey);
        };
    }
}

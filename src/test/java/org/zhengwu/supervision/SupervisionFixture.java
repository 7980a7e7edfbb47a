package org.zhengwu.supervision;

import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.zhengwu.directory.DirectoryImport;
import org.zhengwu.gazette.GazetteDocument;
import org.zhengwu.gazette.GazetteImporter;
import org.zhengwu.gazette.GazetteLibrary;
import org.zhengwu.gazette.GazettePublisher;
import org.zhengwu.gazette.TestIssues;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.CurrentActor;

/** The demo directory and the seed gazette published under a number of its own: the ledger's world in tests. */
final class SupervisionFixture {

    static final String WATER_PLAN = "聊政办字〔2022〕6号";
    static final Actor OFFICE = new Actor("sv-office", "办公室", Set.of(Role.OFFICE_STAFF), new OrgUnitId("general-office"), null);
    static final Actor DEPUTY = new Actor("sv-deputy", "副秘书长", Set.of(Role.DEPUTY_SECRETARY_GENERAL), null, null);
    static final Actor SECGEN = new Actor("sv-secgen", "秘书长", Set.of(Role.SECRETARY_GENERAL), null, null);
    static final Actor CLERK_STHJ = new Actor("sv-clerk-sthj", "生态环境局", Set.of(Role.CLERK), new OrgUnitId("sthjj"), null);
    static final Actor CLERK_ZJJ = new Actor("sv-clerk-zjj", "住建局", Set.of(Role.CLERK), new OrgUnitId("zjj"), null);
    static final Actor CLERK_SFJ = new Actor("sv-clerk-sfj", "司法局", Set.of(Role.CLERK), new OrgUnitId("sfj"), null);
    static final PersonId MAYOR = new PersonId("li-changping");

    private static final java.util.Map<Integer, String> WATER_PLANS = new java.util.HashMap<>();

    private SupervisionFixture() {
    }

    /** The water plan of the seed published as issue {@code number} (each test class its own). */
    static synchronized String waterPlan(int number, DirectoryImport directory, GazetteImporter importer,
            GazettePublisher publisher, GazetteLibrary library) {
        if (!WATER_PLANS.containsKey(number)) {
            directory.load(new ClassPathResource("demo/directory.yaml"));
            CurrentActor.runAs(OFFICE, () -> {
                var issue = importer.importFile(TestIssues.seedAs(number), TestIssues.FILE_NAME).issue();
                publisher.publish(issue.id());
                WATER_PLANS.put(number, library.issue(issue.id()).orElseThrow().documents().stream()
                        .filter(d -> WATER_PLAN.equals(d.docNumber())).map(GazetteDocument::id).findFirst().orElseThrow());
            });
        }
        return WATER_PLANS.get(number);
    }
}

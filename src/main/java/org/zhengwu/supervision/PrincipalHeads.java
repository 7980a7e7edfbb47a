package org.zhengwu.supervision;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengwu.directory.Directory;
import org.zhengwu.directory.Person;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.UserError;

/**
 * WR-66 有关部门主要负责人要亲自抓落实: who answers for a unit's principal post on a day, from the
 * directory, by its acting rules (WR-6, WR-8 where they apply to the post).
 */
@Component
class PrincipalHeads {

    private static final RuleId WR_66 = RuleId.of("WR-66");

    private final Directory directory;

    PrincipalHeads(Directory directory) {
        this.directory = directory;
    }

    /** The person who acts for the unit's principal post on the day; empty when none is recorded. */
    Optional<Person> of(OrgUnitId unit, LocalDate day) {
        return directory.headPostOf(unit).map(post -> directory.whoActsFor(post.id(), day))
                .filter(acting -> acting.person() != null).flatMap(acting -> directory.person(acting.person()));
    }

    /** Refuses (WR-66) a person who is not the unit's principal head, by name or id. */
    void requireHead(OrgUnitId unit, String named, LocalDate day) {
        var head = of(unit, day).orElseThrow(() -> new UserError("supervision.head-unknown", "person", WR_66,
                directory.unit(unit).map(u -> u.shortName()).orElse(unit.value())));
        if (!head.name().equals(named) && !head.id().value().equals(named)) {
            throw new UserError("supervision.head-required", "person", WR_66, named, head.name());
        }
    }
}

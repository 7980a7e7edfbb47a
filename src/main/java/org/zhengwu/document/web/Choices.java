package org.zhengwu.document.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.directory.Directory;
import org.zhengwu.directory.OrgUnit;
import org.zhengwu.directory.Person;
import org.zhengwu.directory.UnitKind;

/** What the office's forms offer: the leaders' posts with who acts for each today, and the units. */
@Component
public class Choices {

    private static final List<String> LEADER_KINDS = List.of("MAYOR", "EXECUTIVE_VICE_MAYOR", "VICE_MAYOR");

    private final Directory directory;
    private final Clock clock;

    Choices(Directory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** A leader's post, its holder, and who acts for it today with the reason. */
    public record LeaderChoice(String post, String title, String holder, String acting, boolean delegated, String explanation) {
    }

    public List<LeaderChoice> leaders() {
        var today = LocalDate.now(clock);
        var out = new ArrayList<LeaderChoice>();
        for (var kind : LEADER_KINDS) {
            for (var post : directory.postsOfKind(kind)) {
                var holder = directory.holderOf(post.id(), today).map(Person::name).orElse(null);
                if (holder == null) {
                    continue;
                }
                var acting = directory.whoActsFor(post.id(), today);
                var actingName = acting.person() == null ? null
                        : directory.person(acting.person()).map(Person::name).orElse(null);
                out.add(new LeaderChoice(post.id().value(), post.title(), holder, actingName, acting.isDelegated(),
                        acting.explanation()));
            }
        }
        return out;
    }

    public List<OrgUnit> units() {
        return directory.units().stream().filter(u -> u.kind() != UnitKind.GOVERNMENT && u.kind() != UnitKind.EXTERNAL)
                .toList();
    }

    public String unitName(String id) {
        return id == null ? "" : directory.unit(new org.zhengwu.kernel.OrgUnitId(id)).map(OrgUnit::shortName).orElse(id);
    }

    public String postTitle(String id) {
        if (id == null) {
            return "";
        }
        var post = directory.post(new org.zhengwu.kernel.PostId(id));
        var holder = post.flatMap(p -> directory.holderOf(p.id(), LocalDate.now(clock))).map(Person::name).orElse("");
        var title = holder + " " + post.map(p -> p.title()).orElse(id);
        var acting = directory.whoActsFor(new org.zhengwu.kernel.PostId(id), LocalDate.now(clock));
        return acting.isDelegated() && acting.explanation() != null ? title + " · " + acting.explanation() : title;
    }
}

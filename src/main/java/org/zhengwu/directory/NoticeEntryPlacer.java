package org.zhengwu.directory;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.zhengwu.directory.domain.NoticePost;
import org.zhengwu.directory.domain.NoticePost.Named;
import org.zhengwu.directory.domain.UnitNames;
import org.zhengwu.gazette.AppointmentsPublished.Action;
import org.zhengwu.gazette.AppointmentsPublished.Entry;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.UserError;
import org.zhengwu.rulepack.RulePacks;

/**
 * Places one entry of a notice: the unit its post names, the seat in that unit, the person by
 * name. Refuses (a {@link UserError}) what it cannot place without guessing.
 */
@Component
class NoticeEntryPlacer {

    private final Directory directory;
    private final Appointments appointments;
    private final RulePacks packs;

    NoticeEntryPlacer(Directory directory, Appointments appointments, RulePacks packs) {
        this.directory = directory;
        this.appointments = appointments;
        this.packs = packs;
    }

    void place(String docNumber, LocalDate on, Entry entry) {
        var placed = NoticePost.place(entry.post(), named())
                .orElseThrow(() -> new UserError("directory.notice.unit-unknown", "post", entry.post()));
        var unit = new OrgUnitId(placed.unitId());
        var seats = seats(unit, placed.title());
        if (entry.action() == Action.REMOVE) {
            var person = known(entry.person());
            var held = seats.stream().filter(p -> heldBy(p, person, on, docNumber)).findFirst()
                    .orElseThrow(() -> new UserError("directory.term.not-holding", "person", entry.person(), entry.post()));
            appointments.recordRemoval(held.id(), person, on, docNumber);
            return;
        }
        var person = knownOrNew(entry.person());
        var seat = seatFor(seats, person, on)
                .orElseGet(() -> appointments.openPost(unit, placed.title(), kindOf(placed.title()), docNumber));
        appointments.recordAppointment(seat.id(), person, on, docNumber, entry.qualifiers());
    }

    /** The unit's posts (and those of the units it supervises) with that title. */
    private List<Post> seats(OrgUnitId unit, String title) {
        var units = new ArrayList<OrgUnitId>(List.of(unit));
        directory.children(unit).forEach(c -> units.add(c.id()));
        var forms = new UnitNames(packs.active().city());
        return units.stream().flatMap(u -> directory.postsIn(u).stream())
                .filter(p -> forms.forms(p.title()).stream()
                        .anyMatch(t -> NoticePost.bareTitle(t, nameForms(p.unit(), forms)).equals(title)))
                .toList();
    }

    // one seat takes it (its holder's term ends); among several, the one already given or a vacant one
    private java.util.Optional<Post> seatFor(List<Post> seats, PersonId person, LocalDate on) {
        if (seats.size() == 1) {
            return java.util.Optional.of(seats.getFirst());
        }
        var mine = seats.stream().filter(p -> directory.history(p.id()).stream()
                .anyMatch(t -> t.person().equals(person) && Objects.equals(t.from(), on))).findFirst();
        return mine.isPresent() ? mine : seats.stream().filter(p -> directory.holderOf(p.id(), on).isEmpty()).findFirst();
    }

    private boolean heldBy(Post post, PersonId person, LocalDate on, String docNumber) {
        return directory.history(post.id()).stream().anyMatch(t -> t.person().equals(person)
                && (t.isOpen() || on.equals(t.to()) && docNumber.equals(t.endSourceDoc())));
    }

    private PersonId known(String name) {
        var found = directory.people().stream().filter(p -> p.name().equals(name)).toList();
        if (found.size() != 1) {
            throw new UserError(found.isEmpty() ? "directory.notice.person-unknown" : "directory.notice.person-ambiguous",
                    "person", name);
        }
        return found.getFirst().id();
    }

    private PersonId knownOrNew(String name) {
        var found = directory.people().stream().filter(p -> p.name().equals(name)).toList();
        if (found.size() > 1) {
            throw new UserError("directory.notice.person-ambiguous", "person", name);
        }
        return found.isEmpty() ? appointments.registerPerson(idFor(name), name).id() : found.getFirst().id();
    }

    private static PersonId idFor(String name) {
        var bytes = name.getBytes(StandardCharsets.UTF_8);
        return new PersonId("p-" + HexFormat.of().formatHex(bytes).substring(0, Math.min(24, bytes.length * 2)));
    }

    // a title the rule pack names (副秘书长) is that kind; another is an ordinary post
    private String kindOf(String title) {
        return packs.active().posts().stream().filter(k -> k.name().equals(title)).map(k -> k.id()).findFirst()
                .orElse(title.startsWith("副") && packs.active().post("DEPUTY_DEPARTMENT_HEAD").isPresent()
                        ? "DEPUTY_DEPARTMENT_HEAD" : "OTHER");
    }

    // 市退役军人事务局副局长 names its unit without the city: compare every name also without it
    private List<String> nameForms(OrgUnitId unit, UnitNames forms) {
        return names(unit).stream().flatMap(n -> forms.forms(n).stream()).distinct().toList();
    }

    private List<Named> named() {
        return directory.units().stream().map(u -> new Named(u.id().value(), names(u.id()))).toList();
    }

    private List<String> names(OrgUnitId id) {
        return directory.unit(id).map(u -> {
            var names = new ArrayList<String>(u.aliases());
            names.add(u.name());
            names.add(u.shortName());
            return names;
        }).orElse(new ArrayList<>());
    }
}

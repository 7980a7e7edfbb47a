package org.zhengwu.document.outgoing.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhengwu.directory.Directory;
import org.zhengwu.directory.Person;
import org.zhengwu.directory.UnitKind;
import org.zhengwu.document.outgoing.Category;
import org.zhengwu.document.outgoing.Classification;
import org.zhengwu.document.outgoing.Urgency;
import org.zhengwu.document.outgoing.DraftView;
import org.zhengwu.document.outgoing.Issuer;
import org.zhengwu.gazette.Disclosure;

/** What the pages show besides the draft: names for ids, the choices of the form, who is due now. */
@Component
class OutgoingViews {

    private final Directory directory;
    private final java.time.Clock clock;

    OutgoingViews(Directory directory, java.time.Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    record Choices(List<Issuer> issuers, List<Category> categories, List<Disclosure> disclosures,
            List<Classification> classifications, List<Urgency> urgencies, List<org.zhengwu.directory.OrgUnit> units) {
    }

    /** A post due to act, with who acts for it today and why (WR-6, WR-8). */
    record Due(String post, String title, String person, String explanation) {
    }

    Choices choices() {
        var units = directory.units().stream()
                .filter(u -> u.kind() == UnitKind.DEPARTMENT || u.kind() == UnitKind.AFFILIATED_BODY).toList();
        return new Choices(List.of(Issuer.values()), List.of(Category.values()), List.of(Disclosure.values()),
                List.of(Classification.values()), List.of(Urgency.values()), units);
    }

    /** Display names of the units, posts and people the view names. */
    Map<String, String> names(DraftView v) {
        var names = new HashMap<String, String>();
        var d = v.draft();
        directory.unit(d.leadUnit()).ifPresent(u -> names.put(u.id().value(), u.shortName()));
        v.cosigns().forEach(c -> directory.unit(c.unit()).ifPresent(u -> names.put(u.id().value(), u.shortName())));
        v.steps().forEach(s -> {
            if (s.post() != null) {
                directory.post(s.post()).ifPresent(p -> names.put(p.id().value(), p.title()));
            }
            if (s.actingFor() != null) {
                directory.person(s.actingFor()).ifPresent(p -> names.put(p.id().value(), p.name()));
            }
        });
        return names;
    }

    List<Due> due(DraftView v) {
        var today = java.time.LocalDate.now(clock);
        return v.nextPosts().stream().map(p -> {
            var acting = directory.whoActsFor(p, today);
            var title = directory.post(p).map(x -> x.title()).orElse(p.value());
            var person = acting.person() == null ? "" : directory.person(acting.person()).map(Person::name).orElse("");
            return new Due(p.value(), title, person, acting.explanation());
        }).toList();
    }
}

package org.zhengwu.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.zhengwu.directory.Appointments;
import org.zhengwu.directory.Directory;
import org.zhengwu.directory.UnitKind;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;

/** 组织机构: the tree of units with the leaders and their portfolios, a unit's page, a person's page. */
@Controller
class DirectoryPages {

    private final Directory directory;
    private final DirectoryViews views;
    private final Clock clock;

    private final Appointments appointments;

    DirectoryPages(Directory directory, DirectoryViews views, Clock clock, Appointments appointments) {
        this.appointments = appointments;
        this.directory = directory;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/directory")
    String tree(Model model) {
        var today = LocalDate.now(clock);
        var roots = directory.tree();
        model.addAttribute("today", today);
        model.addAttribute("governments", roots.stream().filter(t -> t.unit().kind() == UnitKind.GOVERNMENT)
                .map(t -> views.government(t, today)).toList());
        model.addAttribute("others", roots.stream().filter(t -> t.unit().kind() != UnitKind.GOVERNMENT)
                .map(t -> views.node(t, today)).toList());
        model.addAttribute("unplaced", appointments.unplaced());
        return "directory/tree";
    }

    @GetMapping("/directory/units/{id}")
    String unit(@PathVariable OrgUnitId id, Model model) {
        var today = LocalDate.now(clock);
        var unit = directory.unit(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("today", today);
        model.addAttribute("unit", unit);
        model.addAttribute("parent", unit.parent() == null ? null : directory.unit(unit.parent()).orElse(null));
        model.addAttribute("inCharge", directory.inChargeOf(id).map(p -> views.leader(p, today)).orElse(null));
        model.addAttribute("deputy", directory.deputyInChargeOf(id).map(p -> views.leader(p, today)).orElse(null));
        model.addAttribute("posts", directory.postsIn(id).stream().map(p -> views.postLine(p, today)).toList());
        model.addAttribute("children", directory.children(id));
        return "directory/unit";
    }

    @GetMapping("/directory/people/{id}")
    String person(@PathVariable PersonId id, Model model) {
        var today = LocalDate.now(clock);
        var person = directory.person(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("today", today);
        model.addAttribute("person", person);
        model.addAttribute("current", directory.postsOf(id, today).stream().map(p -> views.leader(p, today)).toList());
        model.addAttribute("terms", directory.termsOf(id).stream().map(views::term).toList());
        return "directory/person";
    }
}

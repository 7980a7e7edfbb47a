package org.zhengwu.supervision.web;

import java.util.Comparator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.zhengwu.directory.Directory;
import org.zhengwu.directory.OrgUnit;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.supervision.ItemStatus;
import org.zhengwu.supervision.Source;
import org.zhengwu.supervision.SupervisionLedger;
import org.zhengwu.supervision.domain.Light;

/** 督查台账 (WR-67): the ledger filtered by source, unit, status, light and due window. */
@Controller
class LedgerPages {

    private final SupervisionLedger ledger;
    private final Directory directory;
    private final CurrentActor actor;

    LedgerPages(SupervisionLedger ledger, Directory directory, CurrentActor actor) {
        this.ledger = ledger;
        this.directory = directory;
        this.actor = actor;
    }

    @GetMapping("/supervision")
    String ledger(@ModelAttribute("filter") LedgerFilter filter, Model model) {
        var me = actor.get();
        var page = ledger.search(filter.query(LedgerFilter.PAGE_SIZE), me);
        model.addAttribute("items", page.items());
        model.addAttribute("total", page.total());
        model.addAttribute("lights", page.items().stream().collect(java.util.stream.Collectors.toMap(
                i -> i.id(), ledger::light)));
        model.addAttribute("sources", Source.values());
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("lightValues", new Light[] {Light.RED, Light.YELLOW, Light.GREEN});
        model.addAttribute("units", directory.units().stream().sorted(Comparator.comparing(OrgUnit::kind)
                .thenComparing(OrgUnit::rank)).toList());
        model.addAttribute("office", me.has(Role.OFFICE_STAFF));
        model.addAttribute("scope", me.hasAny(Role.OFFICE_STAFF, Role.SECRETARY_GENERAL, Role.DEPUTY_SECRETARY_GENERAL)
                ? "all" : me.hasAny(Role.MAYOR, Role.VICE_MAYOR) ? "leader" : "unit");
        return "supervision/ledger";
    }
}

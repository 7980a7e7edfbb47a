package org.zhengwu.supervision.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengwu.directory.Directory;
import org.zhengwu.directory.OrgUnit;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.supervision.ItemStatus;
import org.zhengwu.supervision.SupervisionLedger;
import tools.jackson.databind.json.JsonMapper;

/**
 * A unit's figures (ECharts): on-time rate, overdue count, items by status, trend by month. A
 * clerk sees their own unit's; the office any unit's or all.
 */
@Controller
class DashboardPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SupervisionLedger ledger;
    private final Directory directory;
    private final CurrentActor actor;
    private final MessageSource messages;

    DashboardPages(SupervisionLedger ledger, Directory directory, CurrentActor actor, MessageSource messages) {
        this.ledger = ledger;
        this.directory = directory;
        this.actor = actor;
        this.messages = messages;
    }

    @GetMapping("/supervision/dashboard")
    String dashboard(@RequestParam(required = false) String unit, Model model) {
        var me = actor.get();
        var chosen = me.has(Role.CLERK) && !me.hasAny(Role.OFFICE_STAFF) ? me.orgUnit()
                : unit == null || unit.isBlank() ? null : new OrgUnitId(unit.strip());
        var d = ledger.dashboard(chosen, me);
        model.addAttribute("dashboard", d);
        model.addAttribute("unit", chosen == null ? null : directory.unit(chosen).map(OrgUnit::shortName).orElse(chosen.value()));
        model.addAttribute("unitId", chosen == null ? "" : chosen.value());
        model.addAttribute("units", directory.units().stream().sorted(Comparator.comparing(OrgUnit::kind)
                .thenComparing(OrgUnit::rank)).toList());
        var status = new LinkedHashMap<String, Integer>();
        for (var s : ItemStatus.values()) {
            status.put(messages.getMessage("supervision.status." + s, null, Locale.SIMPLIFIED_CHINESE),
                    d.byStatus().getOrDefault(s.name(), 0));
        }
        var months = new LinkedHashMap<String, Object>();
        months.put("labels", d.months().stream().map(m -> m.year() + "-" + (m.month() < 10 ? "0" : "") + m.month()).toList());
        months.put("due", d.months().stream().map(m -> m.due()).toList());
        months.put("onTime", d.months().stream().map(m -> m.onTime()).toList());
        months.put("overdue", d.months().stream().map(m -> m.overdue()).toList());
        model.addAttribute("statusJson", JSON.writeValueAsString(status));
        model.addAttribute("monthsJson", JSON.writeValueAsString(months));
        return "supervision/dashboard";
    }
}

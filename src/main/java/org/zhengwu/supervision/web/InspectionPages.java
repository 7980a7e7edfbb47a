package org.zhengwu.supervision.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.directory.Directory;
import org.zhengwu.directory.OrgUnit;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.supervision.FieldInspection;
import org.zhengwu.supervision.FieldInspections;

/** WR-70 实地督查: the requests a unit may see, the form to ask for one, approval and start. */
@Controller
class InspectionPages {

    private final FieldInspections inspections;
    private final Directory directory;
    private final CurrentActor actor;
    private final MessageSource messages;

    InspectionPages(FieldInspections inspections, Directory directory, CurrentActor actor, MessageSource messages) {
        this.inspections = inspections;
        this.directory = directory;
        this.actor = actor;
        this.messages = messages;
    }

    @GetMapping("/supervision/inspections")
    String list(Model model) {
        var me = actor.get();
        model.addAttribute("inspections", inspections.visible(me));
        model.addAttribute("units", directory.units().stream().sorted(Comparator.comparing(OrgUnit::kind)
                .thenComparing(OrgUnit::rank)).toList());
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("mayRequest", me.hasAny(Role.OFFICE_STAFF, Role.CLERK));
        model.addAttribute("ownUnit", me.orgUnit() == null ? "" : me.orgUnit().value());
        return "supervision/inspections";
    }

    @GetMapping("/supervision/inspections/{id}")
    String show(@PathVariable String id, Model model) {
        var me = actor.get();
        var found = inspections.find(id, me).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("inspection", found);
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("mayApprove", me.has(Role.SECRETARY_GENERAL) && found.needsApproval()
                && found.status() == FieldInspection.Status.REQUESTED);
        model.addAttribute("mayStart", found.status() != FieldInspection.Status.STARTED && (me.has(Role.OFFICE_STAFF)
                || me.has(Role.CLERK) && found.organiser().equals(me.orgUnit())));
        return "supervision/inspection";
    }

    @PostMapping("/supervision/inspections")
    String request(@RequestParam(required = false) String organiser, @RequestParam(required = false) String title,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) List<String> scope,
            @RequestParam(defaultValue = "false") boolean crossDepartment,
            @RequestParam(defaultValue = "false") boolean wholeCity,
            @RequestParam(defaultValue = "false") boolean unifiedDeployment,
            @RequestParam(defaultValue = "false") boolean noticeToCounties, RedirectAttributes r) {
        try {
            var id = inspections.request(new FieldInspections.Request(organiser, title, ItemFieldPages.date(from, "from"),
                    ItemFieldPages.date(to, "to"), scope == null ? List.of() : scope.stream().filter(s -> !s.isBlank()).toList(),
                    crossDepartment, wholeCity, unifiedDeployment, noticeToCounties));
            return "redirect:/supervision/inspections/" + id;
        } catch (UserError e) {
            flash(r, e);
            return "redirect:/supervision/inspections";
        }
    }

    @PostMapping("/supervision/inspections/{id}/approve")
    String approve(@PathVariable String id, @RequestParam(required = false) String note, RedirectAttributes r) {
        return act(id, r, () -> inspections.approve(id, note));
    }

    @PostMapping("/supervision/inspections/{id}/start")
    String start(@PathVariable String id, RedirectAttributes r) {
        return act(id, r, () -> inspections.start(id));
    }

    private String act(String id, RedirectAttributes r, Runnable action) {
        try {
            action.run();
            r.addFlashAttribute("ok", messages.getMessage("supervision.done", null, LocaleContextHolder.getLocale()));
        } catch (UserError e) {
            flash(r, e);
        }
        return "redirect:/supervision/inspections/" + id;
    }

    private void flash(RedirectAttributes r, UserError e) {
        r.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                LocaleContextHolder.getLocale()));
        r.addFlashAttribute("errorField", e.field());
    }

    private java.util.Map<String, String> unitNames() {
        return directory.units().stream().collect(java.util.stream.Collectors.toMap(u -> u.id().value(),
                OrgUnit::shortName, (a, b) -> a));
    }
}

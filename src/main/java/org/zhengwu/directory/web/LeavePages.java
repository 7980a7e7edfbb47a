package org.zhengwu.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.directory.LeaveBook;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;

/**
 * 请假管理 (WR-76): the list, the form with the WR-76 finding beside the date (htmx), approve and
 * reject for whoever decides today, and the mayor's absence for the General Office.
 */
@Controller
class LeavePages {

    private final LeaveBook book;
    private final LeaveViews views;
    private final CurrentActor actor;
    private final MessageSource messages;

    LeavePages(LeaveBook book, LeaveViews views, CurrentActor actor, MessageSource messages) {
        this.book = book;
        this.views = views;
        this.actor = actor;
        this.messages = messages;
    }

    @GetMapping("/directory/leave")
    String list(Model model) {
        return page(model, LeaveForm.empty());
    }

    @PostMapping("/directory/leave")
    String request(LeaveForm form, BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            refuseUnreadable(binding);
            var leave = book.requestLeave(PostIds.parse(form.post()), form.from(), form.to(), form.reason(),
                    form.exemptionOrNull());
            redirect.addFlashAttribute("done", text("directory.leave.done.requested", Long.toString(leave.id())));
            return "redirect:/directory/leave";
        } catch (UserError e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", text(e.messageKey(), e.arguments()));
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorRule", e.rule());
            return page(model, form);
        }
    }

    /** The WR-76 finding beside the date, as the form is filled in (htmx). */
    @PostMapping("/directory/leave/check")
    String check(LeaveForm form, BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            addFinding(model, form);
        }
        return "directory/leave :: check";
    }

    @PostMapping("/directory/leave/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        return decided(redirect, () -> book.approveLeave(id), "directory.leave.done.approved", id);
    }

    @PostMapping("/directory/leave/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return decided(redirect, () -> book.rejectLeave(id, reason), "directory.leave.done.rejected", id);
    }

    @PostMapping("/directory/leave/absence")
    String absence(LeaveForm form, BindingResult binding, RedirectAttributes redirect) {
        try {
            refuseUnreadable(binding);
            book.recordMayorAbsence(PostIds.parse(form.post()), form.from(), form.to(), form.reason());
            redirect.addFlashAttribute("done", text("directory.leave.done.absence"));
        } catch (UserError e) {
            redirect.addFlashAttribute("failed", text(e.messageKey(), e.arguments()));
        }
        return "redirect:/directory/leave";
    }

    private String decided(RedirectAttributes redirect, Runnable decision, String done, long id) {
        try {
            decision.run();
            redirect.addFlashAttribute("done", text(done, Long.toString(id)));
        } catch (UserError e) {
            redirect.addFlashAttribute("failed", text(e.messageKey(), e.arguments()));
        }
        return "redirect:/directory/leave#leave-" + id;
    }

    private void addFinding(Model model, LeaveForm form) {
        if (form.post() == null || form.post().isBlank()) {
            return;
        }
        try {
            model.addAttribute("finding", views.finding(book.check(PostIds.parse(form.post()), form.from(),
                    form.exemptionOrNull())));
        } catch (UserError e) {
            model.addAttribute("checkError", text(e.messageKey(), e.arguments()));
        }
    }

    private String page(Model model, LeaveForm form) {
        addFinding(model, form);
        var me = actor.get();
        model.addAttribute("form", form);
        model.addAttribute("rows", views.rows(me));
        model.addAttribute("options", views.postsToAskFor(me));
        model.addAttribute("mayors", views.mayors());
        model.addAttribute("exemptions", views.exemptions());
        model.addAttribute("policy", views.policy());
        return "directory/leave";
    }

    private static void refuseUnreadable(BindingResult binding) {
        if (binding.hasFieldErrors()) {
            throw new UserError("directory.form.unreadable", binding.getFieldErrors().getFirst().getField());
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}

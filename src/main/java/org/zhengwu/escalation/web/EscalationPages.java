package org.zhengwu.escalation.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.escalation.Escalations;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;

/** 督办提醒: the steps addressed to me (the General Office sees all), one step, acknowledging it. */
@Controller
class EscalationPages {

    private final Escalations escalations;
    private final CurrentActor actor;
    private final MessageSource messages;

    EscalationPages(Escalations escalations, CurrentActor actor, MessageSource messages) {
        this.escalations = escalations;
        this.actor = actor;
        this.messages = messages;
    }

    @GetMapping("/escalations")
    String list(@RequestParam(defaultValue = "true") boolean open, Model model) {
        var me = actor.get();
        var all = me.has(Role.OFFICE_STAFF);
        model.addAttribute("steps", all ? escalations.recent(open, 200) : escalations.addressedTo(me, open, 200));
        model.addAttribute("open", open);
        model.addAttribute("all", all);
        return "escalation/list";
    }

    @GetMapping("/escalations/{id}")
    String show(@PathVariable long id, Model model) {
        var me = actor.get();
        var step = escalations.step(id)
                .filter(s -> me.has(Role.OFFICE_STAFF) || escalations.isFor(s, me))
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("step", step);
        model.addAttribute("history", escalations.stepsFor(step.subject()));
        return "escalation/step";
    }

    @PostMapping("/escalations/{id}/acknowledge")
    String acknowledge(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            escalations.acknowledge(id, note);
            redirect.addFlashAttribute("ok", text("escalation.acknowledged"));
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.arguments(),
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:/escalations/" + id;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}

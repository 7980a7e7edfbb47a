package org.zhengwu.document.outgoing.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.document.outgoing.OutgoingConflict;
import org.zhengwu.document.DocumentNotFound;
import org.zhengwu.document.outgoing.OutgoingDesk;
import org.zhengwu.document.outgoing.OutgoingReading;
import org.zhengwu.document.outgoing.OutgoingRelease;
import org.zhengwu.document.outgoing.OutgoingSignOff;
import org.zhengwu.kernel.UserError;

/** 发文办理 pages: the list, the drafting form, and a document with its timeline and the actions due. */
@Controller
class OutgoingPages {

    private final OutgoingDesk desk;
    private final OutgoingSignOff signOff;
    private final OutgoingRelease release;
    private final OutgoingReading reading;
    private final OutgoingViews views;
    private final MessageSource messages;

    OutgoingPages(OutgoingDesk desk, OutgoingSignOff signOff, OutgoingRelease release, OutgoingReading reading,
            OutgoingViews views, MessageSource messages) {
        this.desk = desk;
        this.signOff = signOff;
        this.release = release;
        this.reading = reading;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/outgoing")
    String list(Model model) {
        model.addAttribute("rows", reading.list(200));
        return "document/outgoing/list";
    }

    @GetMapping("/outgoing/new")
    String form(Model model) {
        return formPage(model, OutgoingForm.empty(), null);
    }

    @PostMapping("/outgoing")
    String draft(OutgoingForm form, Model model, HttpServletResponse response) {
        try {
            return "redirect:/outgoing/" + desk.draft(form.input());
        } catch (UserError e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formPage(model, form, e);
        }
    }

    @GetMapping("/outgoing/{id}")
    String document(@PathVariable long id, Model model) {
        var view = reading.view(id);
        model.addAttribute("v", view);
        model.addAttribute("names", views.names(view));
        model.addAttribute("due", views.due(view));
        model.addAttribute("chain", desk.rules().chain());
        model.addAttribute("form", OutgoingForm.of(view.draft()));
        model.addAttribute("choices", views.choices());
        return "document/outgoing/document";
    }

    @PostMapping("/outgoing/{id}/correct")
    String correct(@PathVariable long id, OutgoingForm form, RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.correct(id, form.input()), "outgoing.done.corrected");
    }

    @PostMapping("/outgoing/{id}/cosign")
    String cosign(@PathVariable long id, @RequestParam boolean agree, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.cosign(id, agree, note), "outgoing.done.cosigned");
    }

    @PostMapping("/outgoing/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.submit(id), "outgoing.done.submitted");
    }

    @PostMapping("/outgoing/{id}/review")
    String review(@PathVariable long id, @RequestParam String step, @RequestParam boolean approve,
            @RequestParam(required = false) String note, @RequestParam(defaultValue = "false") boolean escalate,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> signOff.review(id, step, approve, note, escalate), "outgoing.done.reviewed");
    }

    @PostMapping("/outgoing/{id}/legality-review")
    String legality(@PathVariable long id, @RequestParam(required = false) String review, RedirectAttributes redirect) {
        return act(id, redirect, () -> signOff.recordLegalityReview(id, review), "outgoing.done.legality");
    }

    @PostMapping("/outgoing/{id}/leader-cosign")
    String leaderCosign(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, () -> signOff.coSign(id, note), "outgoing.done.leader-cosigned");
    }

    @PostMapping("/outgoing/{id}/sign-off")
    String signOff(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, () -> signOff.signOff(id, note), "outgoing.done.signed");
    }

    @PostMapping("/outgoing/{id}/return")
    String returnToDrafter(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, () -> signOff.returnToDrafter(id, note), "outgoing.done.returned");
    }

    @PostMapping("/outgoing/{id}/release")
    String release(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> release.release(id), "outgoing.done.released");
    }

    @GetMapping("/outgoing/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        var view = reading.view(id);
        var bytes = release.pdf(id).orElseThrow(() -> new DocumentNotFound("outgoing.pdf.none", Long.toString(id)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"outgoing-" + view.draft().id() + ".pdf\"").body(bytes);
    }

    private String act(long id, RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("done", text(done));
        } catch (UserError e) {
            redirect.addFlashAttribute("failed", text(e.messageKey(), e.arguments()));
            redirect.addFlashAttribute("failedRule", e.rule() == null ? null : e.rule().value());
            redirect.addFlashAttribute("failedField", e.field());
        } catch (OutgoingConflict e) {
            redirect.addFlashAttribute("failed", text("outgoing.conflict"));
        }
        return "redirect:/outgoing/" + id;
    }

    private String formPage(Model model, OutgoingForm form, UserError error) {
        model.addAttribute("form", form);
        model.addAttribute("choices", views.choices());
        if (error != null) {
            model.addAttribute("error", text(error.messageKey(), error.arguments()));
            model.addAttribute("errorField", error.field());
            model.addAttribute("errorRule", error.rule() == null ? null : error.rule().value());
        }
        return "document/outgoing/form";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}

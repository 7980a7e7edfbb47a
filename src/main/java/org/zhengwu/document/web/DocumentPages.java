package org.zhengwu.document.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.document.DocumentHandling;
import org.zhengwu.document.DocumentIntake;
import org.zhengwu.document.DocumentLibrary;
import org.zhengwu.document.DocumentRegistry;
import org.zhengwu.document.LeaderInstructions;
import org.zhengwu.document.StepConflict;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PostId;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;

/**
 * A document's page: its full timeline (every step, who and for whom, when, the clock with its
 * explanation), every submission with its findings, instructions; and the forms of whoever acts
 * next: the General Office (review, register, route, forward, forward an instruction), the leader
 * (decide, 圈阅, instruct), the handling department (answer, report).
 */
@Controller
class DocumentPages {

    private final DocumentLibrary library;
    private final DocumentIntake intake;
    private final DocumentRegistry registry;
    private final DocumentHandling handling;
    private final LeaderInstructions instructions;
    private final Choices choices;
    private final CurrentActor actor;
    private final MessageSource messages;
    private final Clock clock;

    DocumentPages(DocumentLibrary library, DocumentIntake intake, DocumentRegistry registry, DocumentHandling handling,
            LeaderInstructions instructions, Choices choices, CurrentActor actor, MessageSource messages, Clock clock) {
        this.library = library;
        this.intake = intake;
        this.registry = registry;
        this.handling = handling;
        this.instructions = instructions;
        this.choices = choices;
        this.actor = actor;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/documents/{id}")
    String view(@PathVariable String id, Model model) {
        var view = library.view(id, "page");
        model.addAttribute("view", view);
        model.addAttribute("doc", view.document());
        model.addAttribute("me", actor.get());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("leaders", choices.leaders());
        model.addAttribute("units", choices.units());
        model.addAttribute("choices", choices);
        return "document/view";
    }

    @PostMapping("/documents/{id}/review")
    String review(@PathVariable String id, @RequestParam(defaultValue = "false") boolean accept,
            @RequestParam(required = false) String reason, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> intake.review(id, accept, reason, version), "document.done.reviewed");
    }

    @PostMapping("/documents/{id}/register")
    String register(@PathVariable String id, @RequestParam(defaultValue = "false") boolean special,
            @RequestParam(required = false) String specialReason, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> registry.register(id, special, specialReason, version), "document.done.registered");
    }

    @PostMapping("/documents/{id}/route")
    String route(@PathVariable String id, @RequestParam(required = false) String post,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(id, redirect, () -> handling.route(id, post == null || post.isBlank() ? null : new PostId(post), version),
                "document.done.routed");
    }

    @PostMapping("/documents/{id}/forward")
    String forward(@PathVariable String id, @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer limitDays, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> handling.forward(id, unit == null || unit.isBlank() ? null : new OrgUnitId(unit),
                limitDays, version), "document.done.forwarded");
    }

    @PostMapping("/documents/{id}/decide")
    String decide(@PathVariable String id, @RequestParam(required = false) String opinion,
            @RequestParam(required = false) String name, @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(id, redirect, () -> handling.decide(id, opinion, name, date, version), "document.done.decided");
    }

    @PostMapping("/documents/{id}/read")
    String read(@PathVariable String id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(id, redirect, () -> handling.markRead(id, version), "document.done.read");
    }

    @PostMapping("/documents/{id}/answer")
    String answer(@PathVariable String id, @RequestParam(required = false) String text,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(id, redirect, () -> handling.answer(id, text, version), "document.done.answered");
    }

    @PostMapping("/documents/{id}/instructions")
    String instruct(@PathVariable String id, @RequestParam(required = false) String text,
            @RequestParam(required = false) String leadHandler,
            @RequestParam(required = false) List<String> coHandlers, RedirectAttributes redirect) {
        return act(id, redirect, () -> instructions.instruct(id, text, unit(leadHandler), units(coHandlers)),
                "document.done.instructed");
    }

    @PostMapping("/documents/{id}/party-instructions")
    String party(@PathVariable String id, @RequestParam(required = false) String leaderName,
            @RequestParam(required = false) String leaderPost, @RequestParam(required = false) String text,
            @RequestParam(required = false) String toLeader, @RequestParam(required = false) Integer limitDays,
            @RequestParam(required = false) String leadHandler, @RequestParam(required = false) List<String> coHandlers,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> instructions.recordPartyInstruction(id, new LeaderInstructions.PartyInstruction(
                leaderName, leaderPost, text, null, toLeader == null || toLeader.isBlank() ? null : new PostId(toLeader),
                limitDays == null ? 0 : limitDays, unit(leadHandler), units(coHandlers))), "document.done.instructed");
    }

    @PostMapping("/documents/instructions/{iid}/forward")
    String forwardInstruction(@PathVariable String iid, @RequestParam String document,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(document, redirect, () -> instructions.forward(iid, version), "document.done.instruction-forwarded");
    }

    @PostMapping("/documents/instructions/{iid}/result")
    String result(@PathVariable String iid, @RequestParam String document, @RequestParam(required = false) String text,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(document, redirect, () -> instructions.report(iid, text, version), "document.done.reported");
    }

    @PostMapping("/documents/instructions/{iid}/summary")
    String summary(@PathVariable String iid, @RequestParam String document, @RequestParam(required = false) String text,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(document, redirect, () -> instructions.summarise(iid, text, version), "document.done.summarised");
    }

    private String act(String id, RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("done", text(done));
        } catch (UserError e) {
            redirect.addFlashAttribute("failed", text(e.messageKey(), e.arguments()));
            redirect.addFlashAttribute("failedRule", e.rule() == null ? null : e.rule().value());
            redirect.addFlashAttribute("failedField", e.field());
        } catch (StepConflict e) {
            redirect.addFlashAttribute("failed", text(e.messageKey()));
        } catch (org.springframework.dao.ConcurrencyFailureException e) {
            redirect.addFlashAttribute("failed", text("document.conflict.version"));
        }
        return "redirect:/documents/" + id;
    }

    private static OrgUnitId unit(String id) {
        return id == null || id.isBlank() ? null : new OrgUnitId(id);
    }

    private static List<OrgUnitId> units(List<String> ids) {
        return ids == null ? List.of() : ids.stream().filter(s -> s != null && !s.isBlank()).map(OrgUnitId::new).toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }

}

package org.zhengwu.gazette.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.gazette.GazetteQueue;
import org.zhengwu.gazette.domain.model.IssueInfo;
import org.zhengwu.kernel.UserError;

/**
 * 待刊登 (WR-62): the released documents waiting for the next issue, and the General Office's
 * compilation of them into a new draft issue, which is then published from its issue page.
 */
@Controller
@RequestMapping("/gazette/manage/queue")
class QueuePages {

    private final GazetteQueue queue;
    private final MessageSource messages;

    QueuePages(GazetteQueue queue, MessageSource messages) {
        this.queue = queue;
        this.messages = messages;
    }

    @GetMapping
    String queue(Model model) {
        return page(model, queue.nextIssue());
    }

    @PostMapping("/compile")
    String compile(@RequestParam(required = false) String title, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer number, @RequestParam(required = false) Integer serial,
            @RequestParam(required = false) java.util.List<String> documents, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        var asked = new IssueInfo(title, year == null ? 0 : year, number == null ? 0 : number, serial);
        try {
            var issue = queue.compile(asked, documents);
            flash.addFlashAttribute("compiled", queue.compiledInto(issue.id()).size());
            return "redirect:/gazette/manage/issues/" + issue.id();
        } catch (UserError e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorRule", e.rule() == null ? null : e.rule().value());
            return page(model, asked);
        }
    }

    private String page(Model model, IssueInfo next) {
        model.addAttribute("waiting", queue.waiting());
        model.addAttribute("next", next);
        return "gazette/queue";
    }
}

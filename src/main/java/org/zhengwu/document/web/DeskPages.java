package org.zhengwu.document.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengwu.document.DocumentLibrary;
import org.zhengwu.document.ReturnStatistics;

/** The General Office's desk (review, register, route; instructions to forward) and the WR-56.5 return statistics. */
@Controller
class DeskPages {

    private final DocumentLibrary library;
    private final ReturnStatistics returns;
    private final Choices choices;
    private final Clock clock;

    DeskPages(DocumentLibrary library, ReturnStatistics returns, Choices choices, Clock clock) {
        this.library = library;
        this.returns = returns;
        this.choices = choices;
        this.clock = clock;
    }

    @GetMapping("/documents/desk")
    String desk(Model model) {
        model.addAttribute("documents", library.desk());
        model.addAttribute("instructions", library.instructionsToForward());
        model.addAttribute("library", library);
        model.addAttribute("choices", choices);
        return "document/desk";
    }

    @GetMapping("/documents/returns")
    String returns(@RequestParam(required = false) LocalDate day, Model model) {
        var notice = returns.notice(day == null ? LocalDate.now(clock) : day);
        model.addAttribute("notice", notice);
        model.addAttribute("perUnit", returns.perUnit(notice.period().from(), notice.period().to()));
        return "document/returns";
    }
}

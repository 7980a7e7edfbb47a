package org.zhengwu.supervision.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.directory.Directory;
import org.zhengwu.gazette.GazetteLibrary;
import org.zhengwu.supervision.PlanImport;

/**
 * WR-67, WA-task: the General Office picks a published document, reviews its tasks with the
 * units matched and the deadlines read, chooses a unit for each unknown name (or leaves it to
 * the item page), and imports.
 */
@Controller
class PlanImportPages {

    static final String CHOICE = "choice:";

    private final PlanImport imports;
    private final GazetteLibrary gazette;
    private final Directory directory;
    private final MessageSource messages;

    PlanImportPages(PlanImport imports, GazetteLibrary gazette, Directory directory, MessageSource messages) {
        this.imports = imports;
        this.gazette = gazette;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/supervision/import")
    String documents(Model model) {
        model.addAttribute("documents", gazette.publicDocuments().filter(d -> d.docNumber() != null)
                .map(d -> Map.of("id", d.id(), "docNumber", d.docNumber(), "title", d.title())).toList());
        return "supervision/import";
    }

    @GetMapping("/supervision/import/{document}")
    String preview(@PathVariable String document, Model model) {
        model.addAttribute("preview", imports.preview(document, Map.of()));
        model.addAttribute("units", directory.units());
        return "supervision/import-preview";
    }

    @PostMapping("/supervision/import/{document}")
    String importPlan(@PathVariable String document, @RequestParam Map<String, String> form, RedirectAttributes r) {
        var choices = new LinkedHashMap<String, String>();
        form.forEach((k, v) -> {
            if (k.startsWith(CHOICE) && v != null && !v.isBlank()) {
                choices.put(k.substring(CHOICE.length()), v);
            }
        });
        var result = imports.importPlan(document, choices, false);
        var key = result.added() == 0 ? "supervision.import.nothing" : "supervision.import.done";
        r.addFlashAttribute("ok", messages.getMessage(key, new Object[] {result.added(), result.alreadyThere()},
                LocaleContextHolder.getLocale()));
        return "redirect:/supervision?source=PLAN";
    }
}

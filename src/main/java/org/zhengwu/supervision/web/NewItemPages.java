package org.zhengwu.supervision.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengwu.directory.Directory;
import org.zhengwu.kernel.UserError;
import org.zhengwu.supervision.Cycle;
import org.zhengwu.supervision.ManualItems;
import org.zhengwu.supervision.SupervisionLedger;

/** WR-67: the office proposes an item under a focus category of the annual plan. */
@Controller
class NewItemPages {

    private final ManualItems manual;
    private final SupervisionLedger ledger;
    private final Directory directory;

    NewItemPages(ManualItems manual, SupervisionLedger ledger, Directory directory) {
        this.manual = manual;
        this.ledger = ledger;
        this.directory = directory;
    }

    @GetMapping("/supervision/new")
    String form(Model model) {
        model.addAttribute("categories", ledger.settings().categories());
        model.addAttribute("units", directory.units());
        model.addAttribute("cycles", List.of(Cycle.MONTHLY, Cycle.QUARTERLY));
        return "supervision/new";
    }

    @PostMapping("/supervision/items")
    String propose(@RequestParam(required = false) String category, @RequestParam(required = false) String title,
            @RequestParam(required = false) String detail, @RequestParam(required = false) String leadUnit,
            @RequestParam(required = false) List<String> responsibleUnits, @RequestParam(required = false) String due,
            @RequestParam(required = false) Cycle cycle, @RequestParam(defaultValue = "false") boolean majorDecision,
            @RequestParam(required = false) List<String> jointUnits) {
        var id = manual.propose(new ManualItems.Propose(category, title, detail, leadUnit,
                responsibleUnits == null ? List.of() : responsibleUnits.stream().filter(s -> !s.isBlank()).toList(),
                date(due), cycle, majorDecision,
                jointUnits == null ? List.of() : jointUnits.stream().filter(s -> !s.isBlank()).toList()));
        return "redirect:/supervision/items/" + id;
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserError("supervision.due-invalid", "due", text);
        }
    }
}

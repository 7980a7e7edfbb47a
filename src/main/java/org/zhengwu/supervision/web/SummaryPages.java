package org.zhengwu.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengwu.gazette.GazettePdf;
import org.zhengwu.gazette.LetterContent;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.rulepack.RulePacks;
import org.zhengwu.directory.Directory;
import org.zhengwu.directory.OrgUnit;
import org.zhengwu.supervision.FieldStudies;
import org.zhengwu.supervision.Item;
import org.zhengwu.supervision.ItemUnit;
import org.zhengwu.supervision.LedgerQuery;
import org.zhengwu.supervision.Report;
import org.zhengwu.supervision.SupervisionLedger;
import org.zhengwu.supervision.domain.Light;

/**
 * WR-71(四) 汇总报告: the items due in a period with the lead units' latest consolidated reports,
 * and the field studies (督查调研, WR-71(三)) begun in it,
 * as a page and as a document (the gazette's letter layout) for the leaders.
 */
@Controller
class SummaryPages {

    private final SupervisionLedger ledger;
    private final CurrentActor actor;
    private final MessageSource messages;
    private final GazettePdf pdf;
    private final RulePacks packs;
    private final Clock clock;
    private final FieldStudies studies;
    private final Directory directory;

    SummaryPages(SupervisionLedger ledger, CurrentActor actor, MessageSource messages, GazettePdf pdf, RulePacks packs,
            Clock clock, FieldStudies studies, Directory directory) {
        this.studies = studies;
        this.directory = directory;
        this.ledger = ledger;
        this.actor = actor;
        this.messages = messages;
        this.pdf = pdf;
        this.packs = packs;
        this.clock = clock;
    }

    @GetMapping("/supervision/summary")
    String summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        var period = period(from, to);
        model.addAttribute("from", period[0]);
        model.addAttribute("to", period[1]);
        model.addAttribute("paragraphs", paragraphs(period[0], period[1]));
        return "supervision/summary";
    }

    @GetMapping("/supervision/summary.pdf")
    ResponseEntity<byte[]> document(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        var period = period(from, to);
        var office = packs.active().city() + text("supervision.pdf.office-suffix");
        var letter = new LetterContent(office, null, text("supervision.summary.title"),
                List.of(text("supervision.summary.addressee")), paragraphs(period[0], period[1]), office,
                LocalDate.now(clock), null, List.of());
        return LedgerExport.download(pdf.renderLetter(letter), "督查工作汇总报告.pdf", MediaType.APPLICATION_PDF);
    }

    private List<String> paragraphs(LocalDate from, LocalDate to) {
        var items = ledger.search(new LedgerQuery(null, null, null, null, from, to, null, null, 2000, 0), actor.get())
                .items();
        long closed = items.stream().filter(Item::closed).count();
        long overdue = items.stream().filter(i -> ledger.light(i) == Light.RED).count();
        var out = new ArrayList<String>();
        out.add(messages.getMessage("supervision.summary.paragraph.totals", new Object[] {from.toString(), to.toString(),
            items.size(), closed, items.size() - closed - overdue, overdue}, Locale.SIMPLIFIED_CHINESE));
        for (int k = 0; k < items.size(); k++) {
            var i = items.get(k);
            out.add(messages.getMessage("supervision.summary.paragraph.item", new Object[] {k + 1, i.title(),
                String.join("、", i.leads().stream().map(ItemUnit::name).toList()), text("supervision.status." + i.status()),
                latest(i)}, Locale.SIMPLIFIED_CHINESE));
        }
        fieldStudies(from, to, out);
        return out;
    }

    /** WR-71(三)(四): the period's field studies go to the leaders with the reports. */
    private void fieldStudies(LocalDate from, LocalDate to, List<String> out) {
        var found = studies.between(from, to, actor.get());
        if (found.isEmpty()) {
            return;
        }
        out.add(messages.getMessage("supervision.summary.paragraph.studies", new Object[] {found.size()},
                Locale.SIMPLIFIED_CHINESE));
        for (int k = 0; k < found.size(); k++) {
            var s = found.get(k);
            var units = String.join("、", s.units().stream()
                    .map(u -> directory.unit(u).map(OrgUnit::shortName).orElse(u.value())).toList());
            out.add(messages.getMessage("supervision.summary.paragraph.study", new Object[] {k + 1, s.from().toString(),
                s.to().toString(), units, s.places(), s.itemTitle(), s.findings()}, Locale.SIMPLIFIED_CHINESE));
        }
    }

    private String latest(Item item) {
        return ledger.reports(item.id()).stream().filter(Report::consolidated)
                .filter(r -> r.status() != Report.Status.RETURNED).reduce((a, b) -> b).map(Report::text)
                .orElse(text("supervision.summary.no-report"));
    }

    private LocalDate[] period(String from, String to) {
        var today = LocalDate.now(clock);
        var start = from == null || from.isBlank() ? today.withDayOfYear(1) : parse(from, "from");
        var end = to == null || to.isBlank() ? today.withMonth(12).withDayOfMonth(31) : parse(to, "to");
        return new LocalDate[] {start, end};
    }

    private static LocalDate parse(String text, String field) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.zhengwu.kernel.UserError("supervision.due-invalid", field, text);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }

}

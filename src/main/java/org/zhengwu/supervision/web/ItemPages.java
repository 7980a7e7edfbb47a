package org.zhengwu.supervision.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.directory.Directory;
import org.zhengwu.escalation.Escalations;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.supervision.FieldStudies;
import org.zhengwu.supervision.ItemDesk;
import org.zhengwu.supervision.ItemUnit;
import org.zhengwu.supervision.SupervisionLedger;
import org.zhengwu.supervision.UnitReports;
import org.zhengwu.supervision.Upload;

/** One item: what it is, its units, reports and escalation steps, and the actions the actor may take. */
@Controller
class ItemPages {

    private final SupervisionLedger ledger;
    private final ItemDesk desk;
    private final UnitReports reports;
    private final Escalations escalations;
    private final Directory directory;
    private final CurrentActor actor;
    private final MessageSource messages;
    private final FieldStudies studies;
    private final java.time.Clock clock;

    ItemPages(SupervisionLedger ledger, ItemDesk desk, UnitReports reports, Escalations escalations, Directory directory,
            CurrentActor actor, MessageSource messages, FieldStudies studies, java.time.Clock clock) {
        this.studies = studies;
        this.clock = clock;
        this.ledger = ledger;
        this.desk = desk;
        this.reports = reports;
        this.escalations = escalations;
        this.directory = directory;
        this.actor = actor;
        this.messages = messages;
    }

    @GetMapping("/supervision/items/{id}")
    String show(@PathVariable String id, Model model) {
        var me = actor.get();
        var item = ledger.item(id, me).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("item", item);
        model.addAttribute("light", ledger.light(item));
        model.addAttribute("reports", ledger.reports(id));
        model.addAttribute("steps", escalations.stepsFor(item.subject()));
        model.addAttribute("category", ledger.settings().category(item.category()).map(c -> c.name()).orElse(item.category()));
        model.addAttribute("can", ItemActions.of(item, me));
        model.addAttribute("units", directory.units());
        model.addAttribute("unitNames", directory.units().stream().collect(java.util.stream.Collectors.toMap(
                u -> u.id().value(), u -> u.shortName(), (a, b) -> a)));
        var fieldStudies = studies.of(id);
        model.addAttribute("studies", fieldStudies);
        model.addAttribute("timeline", ItemTimeline.of(item, ledger.reports(id), fieldStudies, clock.getZone()));
        // WR-66: the form names the unit's principal head for a major decision or an instruction
        model.addAttribute("head", item.needsPrincipalHead() && me.orgUnit() != null
                ? ledger.principalHead(me.orgUnit()).orElse(null) : null);
        return "supervision/item";
    }

    @GetMapping("/supervision/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable long id) {
        var file = ledger.attachment(id, actor.get()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(file.content());
    }

    @PostMapping("/supervision/items/{id}/review")
    String review(@PathVariable String id, @RequestParam(required = false) String note, RedirectAttributes r) {
        return act(id, r, () -> desk.review(id, note));
    }

    @PostMapping("/supervision/items/{id}/approve")
    String approve(@PathVariable String id, @RequestParam(required = false) String note, RedirectAttributes r) {
        return act(id, r, () -> desk.approve(id, note));
    }

    @PostMapping("/supervision/items/{id}/resolve")
    String resolve(@PathVariable String id, @RequestParam ItemUnit.Role role, @RequestParam int position,
            @RequestParam(required = false) String orgUnit, RedirectAttributes r) {
        return act(id, r, () -> desk.resolveUnit(id, role, position, orgUnit));
    }

    @PostMapping("/supervision/items/{id}/responsible")
    String responsible(@PathVariable String id, @RequestParam(required = false) String person, RedirectAttributes r) {
        return act(id, r, () -> desk.nameResponsible(id, person));
    }

    @PostMapping("/supervision/items/{id}/reports")
    String report(@PathVariable String id, @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") String percent, @RequestParam(required = false) List<MultipartFile> files,
            RedirectAttributes r) {
        return act(id, r, () -> reports.report(id, text, percent(percent), uploads(files)));
    }

    @PostMapping("/supervision/items/{id}/consolidate")
    String consolidate(@PathVariable String id, @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") String percent, @RequestParam(required = false) List<MultipartFile> files,
            RedirectAttributes r) {
        return act(id, r, () -> reports.consolidate(id, text, percent(percent), uploads(files)));
    }

    @PostMapping("/supervision/items/{id}/reports/{reportId}/return")
    String returnReport(@PathVariable String id, @PathVariable long reportId,
            @RequestParam(required = false) String reason, RedirectAttributes r) {
        return act(id, r, () -> reports.returnReport(id, reportId, reason));
    }

    @PostMapping("/supervision/items/{id}/verify")
    String verify(@PathVariable String id, @RequestParam(required = false) String note, RedirectAttributes r) {
        return act(id, r, () -> desk.verify(id, note));
    }

    @PostMapping("/supervision/items/{id}/close")
    String close(@PathVariable String id, @RequestParam(required = false) String note, RedirectAttributes r) {
        return act(id, r, () -> desk.close(id, note));
    }

    @PostMapping("/supervision/items/{id}/look-back")
    String lookBack(@PathVariable String id, @RequestParam(defaultValue = "false") boolean passed,
            @RequestParam(required = false) String note, RedirectAttributes r) {
        return act(id, r, () -> desk.lookBack(id, passed, note));
    }

    private String act(String id, RedirectAttributes r, Runnable action) {
        return ItemRedirect.act(messages, id, r, action);
    }

    private static int percent(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new UserError("supervision.percent-invalid", "percent", text);
        }
    }

    private static List<Upload> uploads(List<MultipartFile> files) {
        var out = new ArrayList<Upload>();
        if (files == null) {
            return out;
        }
        for (var f : files) {
            if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                continue;   // the empty file input of a form sent without a file
            }
            try {
                out.add(new Upload(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return out;
    }
}

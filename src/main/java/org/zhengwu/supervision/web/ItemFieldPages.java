package org.zhengwu.supervision.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.supervision.FieldStudies;
import org.zhengwu.supervision.ItemDesk;
import org.zhengwu.supervision.Upload;

/**
 * The office's marks on an item and its field work: a major decision with its joint supervising
 * units (WR-66), an important item (WR-71(三)) and its field studies with their attachments.
 */
@Controller
class ItemFieldPages {

    private final ItemDesk desk;
    private final FieldStudies studies;
    private final CurrentActor actor;
    private final MessageSource messages;

    ItemFieldPages(ItemDesk desk, FieldStudies studies, CurrentActor actor, MessageSource messages) {
        this.desk = desk;
        this.studies = studies;
        this.actor = actor;
        this.messages = messages;
    }

    @PostMapping("/supervision/items/{id}/major-decision")
    String majorDecision(@PathVariable String id, @RequestParam(required = false) List<String> jointUnits,
            RedirectAttributes r) {
        return act(id, r, () -> desk.markMajorDecision(id, jointUnits == null ? List.of()
                : jointUnits.stream().filter(s -> !s.isBlank()).toList()));
    }

    @PostMapping("/supervision/items/{id}/important")
    String important(@PathVariable String id, RedirectAttributes r) {
        return act(id, r, () -> desk.markImportant(id));
    }

    @PostMapping("/supervision/items/{id}/field-studies")
    String fieldStudy(@PathVariable String id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) List<String> units,
            @RequestParam(required = false) String places, @RequestParam(required = false) String findings,
            @RequestParam(required = false) List<MultipartFile> files, RedirectAttributes r) {
        return act(id, r, () -> studies.record(id, new FieldStudies.RecordStudy(date(from, "from"), date(to, "to"),
                units == null ? List.of() : units.stream().filter(s -> !s.isBlank()).toList(), places, findings),
                uploads(files)));
    }

    @GetMapping("/supervision/field-study-attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable long id) {
        var file = studies.attachment(id, actor.get()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(file.content());
    }

    private String act(String id, RedirectAttributes r, Runnable action) {
        return ItemRedirect.act(messages, id, r, action);
    }

    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserError("supervision.due-invalid", field, text);
        }
    }

    private static List<Upload> uploads(List<MultipartFile> files) {
        var out = new ArrayList<Upload>();
        for (var f : files == null ? List.<MultipartFile>of() : files) {
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

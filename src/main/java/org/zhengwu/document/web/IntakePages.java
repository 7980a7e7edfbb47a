package org.zhengwu.document.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.zhengwu.document.DocumentIntake;
import org.zhengwu.document.DocumentLibrary;
import org.zhengwu.document.IntakeReport;
import org.zhengwu.document.Prefill;
import org.zhengwu.document.ReturnNotice;
import org.zhengwu.document.StepConflict;
import org.zhengwu.kernel.UserError;

/**
 * The clerk's side: the submission form with findings beside the fields as it is filled (htmx),
 * pre-filling from an uploaded document, the 退文 notice (page and PDF), and resubmission.
 */
@Controller
class IntakePages {

    private final DocumentIntake intake;
    private final DocumentLibrary library;
    private final ReturnNotice notice;
    private final Prefill prefill;
    private final MessageSource messages;

    IntakePages(DocumentIntake intake, DocumentLibrary library, ReturnNotice notice, Prefill prefill,
            MessageSource messages) {
        this.intake = intake;
        this.library = library;
        this.notice = notice;
        this.prefill = prefill;
        this.messages = messages;
    }

    @GetMapping("/documents")
    String list(Model model) {
        model.addAttribute("documents", library.visible(200));
        model.addAttribute("library", library);
        return "document/list";
    }

    @GetMapping("/documents/new")
    String form(Model model) {
        return form(model, new SubmissionForm(), null, null);
    }

    /** The findings beside the fields, as the form is filled in (htmx). */
    @PostMapping("/documents/check")
    String check(@ModelAttribute SubmissionForm form, Model model) {
        try {
            model.addAttribute("report", intake.check(form.toSubmission()));
            model.addAttribute("oob", true);
        } catch (UserError e) {
            model.addAttribute("inputError", text(e.messageKey(), e.arguments()));
            model.addAttribute("inputField", e.field());
        }
        return "document/fragments :: findings";
    }

    /** Reads the fields of an uploaded document and shows them, with their findings, for confirmation. */
    @PostMapping("/documents/prefill")
    String prefill(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response) {
        try {
            var files = DocumentApi.files(file == null || file.isEmpty() ? List.of() : List.of(file));
            if (files.isEmpty()) {
                throw new UserError("document.input.empty", "file");
            }
            var s = prefill.fromFile(files.getFirst().content(), files.getFirst().name());
            model.addAttribute("prefilled", true);
            return form(model, SubmissionForm.of(s), intake.check(s), null);
        } catch (UserError e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("inputError", text(e.messageKey(), e.arguments()));
            model.addAttribute("inputField", e.field());
            return form(model, new SubmissionForm(), null, null);
        }
    }

    @PostMapping("/documents")
    String submit(@ModelAttribute SubmissionForm form, @RequestParam(required = false) List<MultipartFile> attachments,
            Model model, HttpServletResponse response) {
        try {
            var files = DocumentApi.files(attachments == null ? List.of()
                    : attachments.stream().filter(f -> !f.isEmpty()).toList());
            var done = intake.submit(form.toSubmission(), files);
            return "redirect:/documents/" + done.id();
        } catch (UserError e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("inputError", text(e.messageKey(), e.arguments()));
            model.addAttribute("inputField", e.field());
            return form(model, form, null, null);
        }
    }

    @GetMapping("/documents/{id}/resubmit")
    String resubmitForm(@PathVariable String id, Model model) {
        var view = library.view(id, "resubmit-form");
        var form = SubmissionForm.of(view.latest().submission());
        form.version = view.document().version();
        return form(model, form, intake.check(view.latest().submission()), id);
    }

    @PostMapping("/documents/{id}/resubmit")
    String resubmit(@PathVariable String id, @ModelAttribute SubmissionForm form, Model model,
            HttpServletResponse response) {
        try {
            intake.resubmit(id, form.toSubmission(), form.version);
            return "redirect:/documents/" + id;
        } catch (UserError e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("inputError", text(e.messageKey(), e.arguments()));
            model.addAttribute("inputField", e.field());
        } catch (StepConflict e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("inputError", text(e.messageKey()));
        }
        return form(model, form, null, id);
    }

    @GetMapping("/documents/{id}/notice")
    String notice(@PathVariable String id, Model model) {
        var letter = notice.letter(id).orElseThrow(() -> new org.zhengwu.document.DocumentNotFound(id));
        model.addAttribute("letter", letter);
        model.addAttribute("id", id);
        return "document/notice";
    }

    @GetMapping("/documents/{id}/notice.pdf")
    ResponseEntity<byte[]> noticePdf(@PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"notice-" + id + ".pdf\"").body(notice.pdf(id));
    }

    private String form(Model model, SubmissionForm form, IntakeReport report, String resubmitOf) {
        model.addAttribute("form", form);
        model.addAttribute("report", report);
        model.addAttribute("resubmitOf", resubmitOf);
        model.addAttribute("flagNames", intake.rules().majorDecisionFlags());
        return "document/form";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}

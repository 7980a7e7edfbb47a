package org.zhengwu.gazette.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengwu.gazette.Amendment;
import org.zhengwu.gazette.Disclosure;
import org.zhengwu.gazette.GazetteImporter;
import org.zhengwu.gazette.GazetteLibrary;
import org.zhengwu.gazette.GazettePublisher;
import org.zhengwu.gazette.GazetteQueue;
import org.zhengwu.gazette.ImportResult;
import org.zhengwu.gazette.domain.model.GazetteInputRefused;
import org.zhengwu.kernel.UserError;

/**
 * The General Office's gazette pages (公报管理): upload a file (or a corrected file as an
 * erratum), see issues with their versions and differences, set each document's disclosure
 * (WR-33), publish an issue, record a repeal or amendment, preview a document.
 */
@Controller
@RequestMapping("/gazette/manage")
class ManagePages {

    private final GazetteImporter importer;
    private final GazettePublisher publisher;
    private final GazetteLibrary library;
    private final GazetteQueue queue;
    private final MessageSource messages;

    ManagePages(GazetteImporter importer, GazettePublisher publisher, GazetteLibrary library, GazetteQueue queue,
            MessageSource messages) {
        this.importer = importer;
        this.publisher = publisher;
        this.library = library;
        this.queue = queue;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("issues", library.issues());
        model.addAttribute("waiting", queue.waiting().size());
        model.addAttribute("maxMegabytes", org.zhengwu.gazette.domain.source.SourceReader.MAX_BYTES / (1024 * 1024));
        return "gazette/manage";
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String erratum,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        try {
            var bytes = UploadedFile.bytes(file);
            ImportResult result = erratum == null || erratum.isBlank()
                    ? importer.importFile(bytes, UploadedFile.name(file))
                    : importer.recordErratum(bytes, UploadedFile.name(file), erratum);
            flash.addFlashAttribute("result", result);
            return "redirect:/gazette/manage/issues/" + result.issue().id();
        } catch (GazetteInputRefused e) {
            return refused(UploadedFile.asField(e), model, response);
        } catch (UserError e) {
            return refused(e, model, response);
        }
    }

    private String refused(UserError e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
        return list(model);
    }

    @ExceptionHandler({UploadedFile.TooLarge.class, MaxUploadSizeExceededException.class})
    String tooLarge(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        model.addAttribute("error", messages.getMessage("gazette.upload.too-large", null, LocaleContextHolder.getLocale()));
        return list(model);
    }

    @GetMapping("/issues/{id}")
    String issue(@PathVariable long id, Model model) {
        model.addAttribute("detail", library.issue(id).orElseThrow(GazettePages::notFound));
        model.addAttribute("disclosures", Disclosure.values());
        model.addAttribute("amendmentKinds", Amendment.Kind.values());
        return "gazette/manage-issue";
    }

    @PostMapping("/issues/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes flash) {
        publisher.publish(id);
        flash.addFlashAttribute("published", true);
        return "redirect:/gazette/manage/issues/" + id;
    }

    @PostMapping("/documents/{id}/disclosure")
    String disclosure(@PathVariable String id, @RequestParam Disclosure disclosure,
            @RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean classified) {
        var doc = publisher.setDisclosure(id, disclosure, reason, classified);
        return "redirect:/gazette/manage/issues/" + doc.issue().id() + "#doc-" + id;
    }

    @PostMapping("/documents/{id}/amendments")
    String amendment(@PathVariable String id, @RequestParam Amendment.Kind kind, @RequestParam String byDocNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            @RequestParam(required = false) String note) {
        publisher.recordAmendment(id, kind, byDocNumber, effectiveOn, note);
        var doc = library.view(id).orElseThrow(GazettePages::notFound).document();
        return "redirect:/gazette/manage/issues/" + doc.issue().id() + "#doc-" + id;
    }

    @GetMapping("/documents/{id}")
    String preview(@PathVariable String id, Model model) {
        model.addAttribute("view", library.view(id).orElseThrow(GazettePages::notFound));
        model.addAttribute("preview", true);
        model.addAttribute("marks", Highlights.none());
        return "gazette/document";
    }
}

package org.zhengwu.gazette.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.zhengwu.gazette.Difference;
import org.zhengwu.gazette.GazetteExport;
import org.zhengwu.gazette.GazetteImporter;
import org.zhengwu.gazette.ImportResult;
import org.zhengwu.gazette.IssueSummary;
import org.zhengwu.gazette.domain.model.GazetteInputRefused;

/**
 * The gazette over REST: public documents and issues as JSON in the parse format, and the
 * General Office's import of a file (multipart field {@code file}).
 */
@RestController
@RequestMapping("/api/v1/gazette")
class GazetteApi {

    private final GazetteExport export;
    private final GazetteImporter importer;
    private final MessageSource messages;

    GazetteApi(GazetteExport export, GazetteImporter importer, MessageSource messages) {
        this.export = export;
        this.importer = importer;
        this.messages = messages;
    }

    @GetMapping(value = "/issues/{year}/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    String issue(@PathVariable int year, @PathVariable int number) {
        return export.issue(year, number).orElseThrow(GazettePages::notFound);
    }

    @GetMapping(value = "/documents/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    String document(@PathVariable String id) {
        return export.document(id).orElseThrow(GazettePages::notFound);
    }

    /** Imports a file: 201 with what was stored, or 200 when it was stored before. */
    @PostMapping(value = "/issues", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Imported> importFile(@RequestParam(required = false) MultipartFile file) {
        try {
            var result = importer.importFile(UploadedFile.bytes(file), UploadedFile.name(file));
            var status = result instanceof ImportResult.Unchanged ? HttpStatus.OK : HttpStatus.CREATED;
            return ResponseEntity.status(status).body(Imported.of(result));
        } catch (GazetteInputRefused e) {
            throw UploadedFile.asField(e);
        }
    }

    @ExceptionHandler({UploadedFile.TooLarge.class, MaxUploadSizeExceededException.class})
    ResponseEntity<ProblemDetail> tooLarge() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage("gazette.upload.too-large", null, LocaleContextHolder.getLocale()));
        problem.setProperty("field", "file");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** What an import did: {@code STORED}, {@code NEW_VERSION} or {@code UNCHANGED}. */
    record Imported(String outcome, IssueSummary issue, List<Difference> differences,
            List<ImportResult.Warning> warnings) {

        static Imported of(ImportResult result) {
            return switch (result) {
                case ImportResult.Stored s -> new Imported(s.isNewVersion() ? "NEW_VERSION" : "STORED", s.issue(),
                        s.differences(), s.warnings());
                case ImportResult.Unchanged u -> new Imported("UNCHANGED", u.issue(), List.of(), List.of());
                case ImportResult.ErratumRecorded e -> new Imported("ERRATUM", e.issue(), e.differences(), List.of());
            };
        }
    }
}

package org.zhengwu.document.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.zhengwu.document.DocumentNotFound;
import org.zhengwu.document.StepConflict;

/** 409 when someone acted on the step first, 404 for a document the caller cannot see, 413 for an upload too large. */
@RestControllerAdvice(assignableTypes = DocumentApi.class)
@Order(-1)
class DocumentApiProblems {

    private final MessageSource messages;

    DocumentApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(StepConflict.class)
    ResponseEntity<ProblemDetail> conflict(StepConflict e) {
        return problem(HttpStatus.CONFLICT, e.messageKey());
    }

    /** The database refused the second of two concurrent writes of the same row: the same as a version that moved. */
    @ExceptionHandler(org.springframework.dao.ConcurrencyFailureException.class)
    ResponseEntity<ProblemDetail> concurrent() {
        return problem(HttpStatus.CONFLICT, "document.conflict.version");
    }

    @ExceptionHandler(DocumentNotFound.class)
    ResponseEntity<ProblemDetail> notFound(DocumentNotFound e) {
        return problem(HttpStatus.NOT_FOUND, e.messageKey(), e.id());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge() {
        var response = problem(HttpStatus.CONTENT_TOO_LARGE, "problem.status.413");
        response.getBody().setProperty("field", "attachments");
        return response;
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, Object... args) {
        var problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

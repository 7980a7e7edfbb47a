package org.zhengwu.document.outgoing.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.zhengwu.document.DocumentNotFound;
import org.zhengwu.document.outgoing.OutgoingConflict;

/**
 * 409 problem+json when someone else took the step first (nothing of theirs, nor of the caller's
 * draft, is lost); 404 problem+json for an outgoing document that does not exist or has no PDF yet.
 */
@RestControllerAdvice(assignableTypes = OutgoingApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OutgoingProblems {

    private final MessageSource messages;

    OutgoingProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({OutgoingConflict.class, PessimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> conflict() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("outgoing.conflict", null, LocaleContextHolder.getLocale()));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(DocumentNotFound.class)
    ResponseEntity<ProblemDetail> notFound(DocumentNotFound e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage(e.messageKey(), new Object[] {e.id()}, LocaleContextHolder.getLocale()));
        problem.setProperty("field", "id");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

package org.zhengwu.platform.web;

import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.zhengwu.kernel.UserError;

/**
 * Errors of the REST API as problem+json: a Chinese detail, and for a user's mistake the
 * offending {@code field} and, where a rule refused it, the {@code rule}. Never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(0)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UserError.class)
    ResponseEntity<ProblemDetail> userError(UserError e) {
        var problem = problem(HttpStatus.BAD_REQUEST, text(e.messageKey(), e.arguments()), e.field());
        if (e.rule() != null) {
            problem.setProperty("rule", e.rule().value());
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e) {
        var violation = e.getConstraintViolations().iterator().next();
        var path = violation.getPropertyPath().toString();
        var field = path.substring(path.lastIndexOf('.') + 1);
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST,
                text("problem.invalid-field", field, violation.getMessage()), field));
    }

    /** A facade refused the actor (not the URL rules): the same answer as the security filters give. */
    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, text("problem.forbidden")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        var incident = UUID.randomUUID().toString();
        log.error("incident {}: unexpected error", incident, e);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, text("problem.internal", incident));
        problem.setProperty("incident", incident);
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        var field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST,
                text("problem.type-mismatch", field, String.valueOf(ex.getValue())), field));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST,
                text("problem.missing-parameter", ex.getParameterName()), ex.getParameterName()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var result = ex.getParameterValidationResults().getFirst();
        var field = result.getMethodParameter().getParameterName();
        var reason = result.getResolvableErrors().getFirst().getDefaultMessage();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST,
                text("problem.invalid-field", field, reason), field));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var error = ex.getBindingResult().getFieldErrors().stream().findFirst();
        var field = error.map(f -> f.getField()).orElse(ex.getBindingResult().getObjectName());
        var reason = error.map(f -> f.getDefaultMessage()).orElse("");
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST,
                text("problem.invalid-field", field, reason), field));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Framework answers (404, 405, 415, unreadable body …) keep their status, with a Chinese detail.
        var problem = ProblemDetail.forStatusAndDetail(statusCode,
                text("problem.status." + statusCode.value(), statusCode.value()));
        return ResponseEntity.status(statusCode).headers(headers).body(problem);
    }

    private ProblemDetail problem(HttpStatus status, String detail, String field) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text("problem.title.bad-request"));
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, messages.getMessage("problem.status.default", null, key, locale), locale);
    }
}

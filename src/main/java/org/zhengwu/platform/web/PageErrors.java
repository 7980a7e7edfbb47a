package org.zhengwu.platform.web;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.zhengwu.kernel.UserError;

/** Errors on pages: a Chinese error page, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(1)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UserError.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView userError(UserError e) {
        var mav = page(HttpStatus.BAD_REQUEST);
        mav.addObject("message", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                LocaleContextHolder.getLocale()));
        mav.addObject("rule", e.rule());
        return mav;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
        var mav = page(HttpStatus.BAD_REQUEST);
        mav.addObject("message", messages.getMessage("problem.type-mismatch",
                new Object[] {e.getName(), String.valueOf(e.getValue())}, LocaleContextHolder.getLocale()));
        return mav;
    }

    /** A facade refused the actor (not the URL rules): the refusal page. */
    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ModelAndView forbidden() {
        return page(HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        if (e instanceof ErrorResponse framework) {
            // 404, 405, 413 …: the framework already knows the status; show its page.
            var status = framework.getStatusCode().value();
            var mav = page(framework.getStatusCode());
            mav.addObject("message", messages.getMessage("problem.status." + status, new Object[] {status},
                    messages.getMessage("problem.status.default", null, LocaleContextHolder.getLocale()),
                    LocaleContextHolder.getLocale()));
            return mav;
        }
        var incident = UUID.randomUUID().toString();
        log.error("incident {}: unexpected error on a page", incident, e);
        var mav = page(HttpStatus.INTERNAL_SERVER_ERROR);
        mav.addObject("incident", incident);
        return mav;
    }

    /** The one error page (templates/error.html), which picks its title by the status. */
    static ModelAndView page(org.springframework.http.HttpStatusCode status) {
        var mav = new ModelAndView("error");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        return mav;
    }
}

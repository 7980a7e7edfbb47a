package org.zhengwu.directory.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhengwu.directory.LeaveBook;

/** Leave over REST (WR-76): ask, approve, reject. Refusals are problem+json naming the field and the rule. */
@RestController
@RequestMapping("/api/v1/directory/leave")
class LeaveApi {

    private final LeaveBook book;
    private final MessageSource messages;

    LeaveApi(LeaveBook book, MessageSource messages) {
        this.book = book;
        this.messages = messages;
    }

    @PostMapping
    ResponseEntity<Json.LeaveAnswer> request(@RequestBody Json.LeaveRequest body) {
        var leave = book.requestLeave(PostIds.parse(body.post()), body.from(), body.to(), body.reason(),
                body.exemption());
        return ResponseEntity.status(HttpStatus.CREATED).body(Json.LeaveAnswer.of(leave));
    }

    @PostMapping("/{id}/approve")
    Json.LeaveAnswer approve(@PathVariable long id) {
        return Json.LeaveAnswer.of(book.approveLeave(id));
    }

    @PostMapping("/{id}/reject")
    Json.LeaveAnswer reject(@PathVariable long id, @RequestBody Json.Rejection body) {
        return Json.LeaveAnswer.of(book.rejectLeave(id, body.reason()));
    }

    // The book refuses someone who is not the holder, the office, or the one deciding today.
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage("problem.forbidden", null, LocaleContextHolder.getLocale()));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
}

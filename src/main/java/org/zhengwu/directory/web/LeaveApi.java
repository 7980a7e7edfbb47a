package org.zhengwu.directory.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

    LeaveApi(LeaveBook book) {
        this.book = book;
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
}

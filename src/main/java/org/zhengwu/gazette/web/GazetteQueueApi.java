package org.zhengwu.gazette.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhengwu.gazette.GazetteQueue;
import org.zhengwu.gazette.IssueSummary;
import org.zhengwu.gazette.QueuedDocument;
import org.zhengwu.gazette.domain.model.IssueInfo;

/** 待刊登 over REST (OFFICE_STAFF): the waiting documents, and their compilation into a draft issue (WR-62). */
@RestController
@RequestMapping("/api/v1/gazette/queue")
@Tag(name = "gazette queue", description = "待刊登: released PROACTIVE documents waiting for the next issue (WR-62)")
class GazetteQueueApi {

    private final GazetteQueue queue;

    GazetteQueueApi(GazetteQueue queue) {
        this.queue = queue;
    }

    /** The numbers of the issue to compile and the desk ids of the documents to print in it. */
    record Compile(String title, Integer year, Integer number, Integer serial, List<String> documents) {
    }

    @GetMapping
    @Operation(summary = "The documents waiting for the next issue, oldest release first")
    List<QueuedDocument> waiting() {
        return queue.waiting();
    }

    @PostMapping("/issues")
    @Operation(summary = "Compile the chosen waiting documents into a new draft issue, published by the usual path")
    ResponseEntity<IssueSummary> compile(@RequestBody Compile body) {
        var issue = queue.compile(new IssueInfo(body.title(), body.year() == null ? 0 : body.year(),
                body.number() == null ? 0 : body.number(), body.serial()), body.documents());
        return ResponseEntity.status(HttpStatus.CREATED).body(issue);
    }
}

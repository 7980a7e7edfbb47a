package org.zhengwu.supervision.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.supervision.FieldInspection;
import org.zhengwu.supervision.FieldInspections;

/** WR-70 field inspections as JSON: ask, approve, start; bad input is 400 problem+json with field and rule. */
@RestController
class InspectionApi {

    private final FieldInspections inspections;
    private final CurrentActor actor;

    InspectionApi(FieldInspections inspections, CurrentActor actor) {
        this.inspections = inspections;
        this.actor = actor;
    }

    /** A command: ask to hold a field inspection; {@code scope} lists directory unit ids. */
    record InspectionRequest(String organiser, String title, LocalDate from, LocalDate to, List<String> scope,
            Boolean crossDepartment, Boolean wholeCity, Boolean unifiedDeployment, Boolean noticeToCounties) {

        FieldInspections.Request command() {
            return new FieldInspections.Request(organiser, title, from, to, scope, yes(crossDepartment), yes(wholeCity),
                    yes(unifiedDeployment), yes(noticeToCounties));
        }

        private static boolean yes(Boolean b) {
            return b != null && b;
        }
    }

    /** A command: approve, with a note. */
    record Approval(String note) {
    }

    @GetMapping("/api/v1/supervision/inspections")
    List<FieldInspection> list() {
        return inspections.visible(actor.get());
    }

    @PostMapping("/api/v1/supervision/inspections")
    @ResponseStatus(HttpStatus.CREATED)
    FieldInspection request(@RequestBody InspectionRequest body) {
        var id = inspections.request(body == null ? new FieldInspections.Request(null, null, null, null, null, false,
                false, false, false) : body.command());
        return found(id);
    }

    @PostMapping("/api/v1/supervision/inspections/{id}/approve")
    FieldInspection approve(@PathVariable String id, @RequestBody(required = false) Approval body) {
        inspections.approve(id, body == null ? null : body.note());
        return found(id);
    }

    @PostMapping("/api/v1/supervision/inspections/{id}/start")
    FieldInspection start(@PathVariable String id) {
        inspections.start(id);
        return found(id);
    }

    private FieldInspection found(String id) {
        return inspections.find(id, actor.get()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                Map.of("id", id).toString()));
    }
}

package org.zhengwu.escalation.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhengwu.escalation.Escalations;
import org.zhengwu.escalation.StepView;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.SubjectRef;
import org.zhengwu.platform.CurrentActor;

/** The escalation steps over REST: those addressed to me, a subject's, acknowledging one. */
@RestController
@RequestMapping("/api/v1/escalations")
class EscalationApi {

    private final Escalations escalations;
    private final CurrentActor actor;

    EscalationApi(Escalations escalations, CurrentActor actor) {
        this.escalations = escalations;
        this.actor = actor;
    }

    /** An acknowledgement's note. */
    record Acknowledgement(String note) {
    }

    @GetMapping
    List<StepView> list(@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
            @RequestParam(defaultValue = "true") boolean open) {
        var me = actor.get();
        if (subjectType != null && subjectId != null) {
            return escalations.stepsFor(new SubjectRef(subjectType, subjectId)).stream()
                    .filter(s -> me.has(Role.OFFICE_STAFF) || escalations.isFor(s, me)).toList();
        }
        return me.has(Role.OFFICE_STAFF) ? escalations.recent(open, 200) : escalations.addressedTo(me, open, 200);
    }

    @PostMapping("/{id}/acknowledge")
    StepView acknowledge(@PathVariable long id, @RequestBody(required = false) Acknowledgement body) {
        escalations.acknowledge(id, body == null ? null : body.note());
        return escalations.step(id).orElseThrow();
    }
}

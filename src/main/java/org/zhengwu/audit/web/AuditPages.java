package org.zhengwu.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengwu.audit.AuditQuery;
import org.zhengwu.audit.AuditTrail;

/** The audit page: AUDITOR reads and verifies the trail; nobody changes it. */
@Controller
class AuditPages {

    private final AuditTrail trail;

    AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
            @RequestParam(required = false) Long before, Model model) {
        var query = new AuditQuery(actor, action, subjectType, subjectId, before, 50);
        var records = trail.search(query);
        model.addAttribute("query", query);
        model.addAttribute("records", records);
        model.addAttribute("next", records.size() == query.limit() ? records.getLast().id() : null);
        return "audit/list";
    }

    @GetMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("result", trail.verify());
        return "audit/verify";
    }
}

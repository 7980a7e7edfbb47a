package org.zhengwu.supervision.web;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.supervision.PlanImport;
import org.zhengwu.supervision.SupervisionLedger;

/** The ledger as JSON (the same filter as the page), and the plan import for scripts; bad input is 400 problem+json. */
@RestController
class LedgerApi {

    private final SupervisionLedger ledger;
    private final PlanImport imports;
    private final CurrentActor actor;

    LedgerApi(SupervisionLedger ledger, PlanImport imports, CurrentActor actor) {
        this.ledger = ledger;
        this.imports = imports;
        this.actor = actor;
    }

    @GetMapping("/api/v1/supervision/items")
    SupervisionLedger.Page items(@ModelAttribute LedgerFilter filter) {
        return ledger.search(filter.query(LedgerFilter.PAGE_SIZE), actor.get());
    }

    /** A command: import a plan's tasks; {@code choices} map unknown names to directory unit ids. */
    record ImportRequest(String document, Boolean dryRun, Map<String, String> choices) {
    }

    @PostMapping("/api/v1/supervision/plans/import")
    PlanImport.Imported importPlan(@RequestBody ImportRequest request) {
        if (request == null || request.document() == null || request.document().isBlank()) {
            throw new UserError("supervision.plan.not-found", "document", "");
        }
        return imports.importPlan(request.document(), request.choices() == null ? Map.of() : request.choices(),
                request.dryRun() != null && request.dryRun());
    }
}

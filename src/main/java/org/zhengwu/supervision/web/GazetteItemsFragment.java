package org.zhengwu.supervision.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.supervision.SupervisionLedger;

/**
 * The seam to the gazette (which does not know the ledger): the public document page loads this
 * fragment with htmx; staff see the items made from the document's tasks, anyone else nothing.
 */
@Controller
class GazetteItemsFragment {

    private final SupervisionLedger ledger;
    private final CurrentActor actor;

    GazetteItemsFragment(SupervisionLedger ledger, CurrentActor actor) {
        this.ledger = ledger;
        this.actor = actor;
    }

    @GetMapping("/supervision/gazette-documents/{id}/items")
    String items(@PathVariable String id, Model model) {
        var me = actor.get();
        boolean staff = me.hasAny(Role.CLERK, Role.OFFICE_STAFF, Role.DEPUTY_SECRETARY_GENERAL, Role.SECRETARY_GENERAL,
                Role.VICE_MAYOR, Role.MAYOR);
        model.addAttribute("staff", staff);
        model.addAttribute("items", staff ? ledger.ofGazetteDocument(id).stream().filter(i -> ledger.maySee(i, me)).toList()
                : List.of());
        return "supervision/gazette-items :: items";
    }
}

package org.zhengwu.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengwu.directory.Directory;
import org.zhengwu.directory.OrgUnit;
import org.zhengwu.document.InstructionIssued;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.supervision.persistence.SupervisedItemStore;
import org.zhengwu.supervision.persistence.SupervisedItemStore.DueBasis;

/**
 * WR-73 (WR-72): every instruction the documents desk forwards becomes an open item with no
 * manual step: lead handler and co-handlers, the desk's due date on the clock, the written result
 * to the instructing leader; it starts at the pack's instruction step of the WR-69 ladder.
 */
@Component
class InstructionIntake {

    private static final Logger log = LoggerFactory.getLogger(InstructionIntake.class);

    private final ItemOpening opening;
    private final SupervisedItemStore items;
    private final Directory directory;
    private final MessageSource messages;

    InstructionIntake(ItemOpening opening, SupervisedItemStore items, Directory directory, MessageSource messages) {
        this.opening = opening;
        this.items = items;
        this.directory = directory;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(InstructionIssued e) {
        if (items.exists(Source.INSTRUCTION, e.instructionId())) {
            log.info("WR-73 instruction {} is on the ledger already", e.instructionId());
            return;
        }
        var title = messages.getMessage("supervision.instruction.title",
                new Object[] {e.documentTitle(), e.leaderName()}, java.util.Locale.SIMPLIFIED_CHINESE);
        var item = new Item(UUID.randomUUID().toString(), Source.INSTRUCTION, e.instructionId(), "LEADER_REQUEST", title,
                e.text(), null, null, e.docNumber(), ItemStatus.OPEN, e.due(), null, Cycle.NONE,
                opening.settings().instructionStartStep(), e.reportTo() == null ? null : e.reportTo().value(),
                e.leaderName(), e.forwardedOn(), null, null, null, units(e.leadHandler(), e.coHandlers()));
        // WR-72: a party leader's instruction, with its stated limit; WR-73: a government leader's
        opening.open(item, new DueBasis(e.forwardedOn(), e.limitWorkingDays(), null), e.rules().getFirst());
    }

    List<ItemUnit> units(OrgUnitId lead, List<OrgUnitId> others) {
        var out = new ArrayList<ItemUnit>();
        out.add(new ItemUnit(ItemUnit.Role.LEAD, 0, name(lead), lead, null, null));
        for (int k = 0; k < others.size(); k++) {
            out.add(new ItemUnit(ItemUnit.Role.RESPONSIBLE, k, name(others.get(k)), others.get(k), null, null));
        }
        return out;
    }

    private String name(OrgUnitId id) {
        return directory.unit(id).map(OrgUnit::shortName).orElse(id.value());
    }
}

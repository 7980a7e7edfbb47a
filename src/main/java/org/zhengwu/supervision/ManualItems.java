package org.zhengwu.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.directory.Directory;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.Role;
import org.zhengwu.kernel.RuleId;
import org.zhengwu.kernel.UserError;
import org.zhengwu.platform.CurrentActor;
import org.zhengwu.supervision.persistence.SupervisedItemStore.DueBasis;

/** WR-67: the office proposes an item under a focus category of the annual supervision plan. */
@Service
public class ManualItems {

    private static final RuleId WR_67 = RuleId.of("WR-67");

    private final ItemOpening opening;
    private final Directory directory;
    private final CurrentActor actor;

    ManualItems(ItemOpening opening, Directory directory, CurrentActor actor) {
        this.opening = opening;
        this.directory = directory;
        this.actor = actor;
    }

    private static final RuleId WR_66 = RuleId.of("WR-66");

    /**
     * A command: propose an item (due null: ongoing, reported each {@code cycle}); a major decision
     * names its joint supervising units (WR-66).
     */
    public record Propose(String category, String title, String detail, String leadUnit, List<String> responsibleUnits,
            LocalDate due, Cycle cycle, boolean majorDecision, List<String> jointUnits) {

        public Propose {
            responsibleUnits = responsibleUnits == null ? List.of() : List.copyOf(responsibleUnits);
            jointUnits = jointUnits == null ? List.of() : List.copyOf(jointUnits);
        }

        /** An ordinary item. */
        public Propose(String category, String title, String detail, String leadUnit, List<String> responsibleUnits,
                LocalDate due, Cycle cycle) {
            this(category, title, detail, leadUnit, responsibleUnits, due, cycle, false, List.of());
        }
    }

    @Transactional
    public String propose(Propose cmd) {
        if (!actor.get().has(Role.OFFICE_STAFF)) {
            throw new AccessDeniedException("the General Office proposes items");
        }
        var settings = opening.settings();
        if (cmd.category() == null || settings.category(cmd.category()).isEmpty()) {
            throw new UserError("supervision.category-unknown", "category", WR_67, cmd.category());
        }
        if (cmd.title() == null || cmd.title().isBlank() || cmd.title().strip().length() > 4000) {
            throw new UserError("supervision.title-required", "title", WR_67);
        }
        if (cmd.due() != null && cmd.due().isBefore(opening.today())) {
            throw new UserError("supervision.due-past", "due", WR_67, cmd.due());
        }
        var units = new ArrayList<ItemUnit>();
        units.add(unit(ItemUnit.Role.LEAD, 0, cmd.leadUnit(), "leadUnit"));
        var others = cmd.responsibleUnits();
        for (int k = 0; k < others.size(); k++) {
            units.add(unit(ItemUnit.Role.RESPONSIBLE, k, others.get(k), "responsibleUnits"));
        }
        var joint = jointUnits(cmd.majorDecision(), cmd.jointUnits());
        var cycle = cmd.due() != null ? Cycle.NONE : cmd.cycle() == null || cmd.cycle() == Cycle.NONE
                ? Cycle.valueOf(settings.defaultCycle()) : cmd.cycle();
        var due = cmd.due() != null ? cmd.due() : opening.cycles().dueOf(cycle, opening.today());
        var id = UUID.randomUUID().toString();
        opening.open(new Item(id, Source.MANUAL, id, cmd.category(), cmd.title().strip(),
                cmd.detail() == null || cmd.detail().isBlank() ? null : cmd.detail().strip(), null, null, null,
                ItemStatus.PROPOSED, due, null, cycle, 0, null, null, opening.today(), null, null, null, units,
                cmd.majorDecision(), false, joint), DueBasis.NONE);
        return id;
    }

    /** WR-66 重大决策事项实施联合督查机制: a major decision names at least one joint supervising unit; others none. */
    List<OrgUnitId> jointUnits(boolean majorDecision, List<String> ids) {
        if (majorDecision && ids.isEmpty()) {
            throw new UserError("supervision.joint-units-required", "jointUnits", WR_66);
        }
        if (!majorDecision && !ids.isEmpty()) {
            throw new UserError("supervision.joint-units-major-only", "jointUnits", WR_66);
        }
        var out = new ArrayList<OrgUnitId>();
        for (var id : ids) {
            var unit = id == null || id.isBlank() ? null : directory.unit(new OrgUnitId(id.strip())).orElse(null);
            if (unit == null) {
                throw new UserError("supervision.unit-unknown", "jointUnits", WR_66, id, id);
            }
            if (!out.contains(unit.id())) {
                out.add(unit.id());
            }
        }
        return out;
    }

    private ItemUnit unit(ItemUnit.Role role, int position, String id, String field) {
        var unit = id == null || id.isBlank() ? null : directory.unit(new OrgUnitId(id.strip())).orElse(null);
        if (unit == null) {
            throw new UserError("supervision.unit-unknown", field, RuleId.of("WA-task"), id, id);
        }
        return new ItemUnit(role, position, unit.shortName(), unit.id(), null, null);
    }
}

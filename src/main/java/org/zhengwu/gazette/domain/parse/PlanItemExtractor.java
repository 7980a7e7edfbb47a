package org.zhengwu.gazette.domain.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.zhengwu.gazette.domain.model.PlanItem;
import org.zhengwu.gazette.domain.model.PlanItem.Category;
import org.zhengwu.gazette.domain.model.Unit;
import org.zhengwu.gazette.domain.model.UnitType;

/**
 * The items of a legislation plan (LG-1): a unit reading {@code 标题（起草牵头部门：部门）} under a
 * heading naming local regulations (地方性法规) or government rules (规章). A heading between the
 * two gives the item's stage ({@code 年内提请市人大常委会审议的重点立法项目（5件）} → 年内提请审议).
 */
final class PlanItemExtractor {

    private static final Pattern DRAFTER = Pattern.compile("^(?:起草牵头部门|牵头起草部门|起草牵头单位|牵头起草单位|起草部门|起草单位|提请单位|报送单位)\\s*[：:]\\s*(.+)$");

    private PlanItemExtractor() {
    }

    static List<PlanItem> items(List<Unit> units, String documentTitle) {
        var out = new ArrayList<PlanItem>();
        for (var unit : units) {
            var plan = unit.type() == UnitType.ATTACHMENT && unit.heading() != null ? unit.heading() : documentTitle;
            walk(unit, new Context(plan, null, null), out);
        }
        return out;
    }

    private record Context(String plan, Category category, String stageText) {
    }

    private static void walk(Unit unit, Context context, List<PlanItem> out) {
        var here = context;
        var heading = unit.heading();
        if (heading != null && category(heading) != null) {
            here = new Context(context.plan(), category(heading), null);
        } else if (heading != null && context.category() != null) {
            here = new Context(context.plan(), context.category(), heading);
        }
        item(unit, here).ifPresent(out::add);
        for (var child : unit.children()) {
            walk(child, here, out);
        }
    }

    private static java.util.Optional<PlanItem> item(Unit unit, Context c) {
        var note = NoteAtEnd.of(unit.text());
        if (c.category() == null || note.isEmpty() || note.get().before().isEmpty()) {
            return java.util.Optional.empty();
        }
        var m = DRAFTER.matcher(note.get().inside());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        var stage = c.stageText() == null ? null : Stages.shortForm(c.stageText());
        return java.util.Optional.of(new PlanItem(c.category(), note.get().before(), m.group(1).strip(), stage, c.stageText(), c.plan()));
    }

    private static Category category(String heading) {
        if (heading.contains("规章")) {
            return Category.GOVERNMENT_RULE;
        }
        return heading.contains("法规") ? Category.LOCAL_REGULATION : null;
    }
}

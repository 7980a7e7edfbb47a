package org.zhengwu.supervision.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhengwu.supervision.PlanImport;
import org.zhengwu.supervision.domain.UnitMatch.Matched;
import tools.jackson.databind.json.JsonMapper;

/** The plan import as the command prints it: items with units and due dates, and what is unresolved. */
final class PlanJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private PlanJson() {
    }

    static String of(PlanImport.Imported result) {
        var root = new LinkedHashMap<String, Object>();
        root.put("document", result.preview().docNumber());
        root.put("items", result.preview().items().stream().map(t -> {
            var item = new LinkedHashMap<String, Object>();
            item.put("title", t.title());
            item.put("eId", t.eId());
            item.put("leadUnits", units(t.leadUnits()));
            item.put("responsibleUnits", units(t.responsibleUnits()));
            item.put("due", t.cycle().name().equals("NONE") ? String.valueOf(t.due()) : null);
            item.put("deadlineText", t.dueText());
            item.put("cycle", t.cycle().name().equals("NONE") ? null : t.cycle().name());
            item.put("alreadyThere", t.alreadyThere());
            return item;
        }).toList());
        root.put("unresolved", result.preview().unresolved());
        root.put("added", result.added());
        root.put("alreadyThere", result.alreadyThere());
        root.put("dryRun", result.dryRun());
        return MAPPER.writeValueAsString(root);
    }

    private static List<Map<String, Object>> units(List<Matched> units) {
        return units.stream().map(u -> {
            var m = new LinkedHashMap<String, Object>();
            m.put("name", u.name());
            m.put("orgUnit", u.orgUnit());
            if (u.collective() != null) {
                m.put("collective", u.collective());
            }
            return (Map<String, Object>) m;
        }).toList();
    }
}

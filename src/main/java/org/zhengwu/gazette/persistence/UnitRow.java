package org.zhengwu.gazette.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.zhengwu.gazette.TextUnit;
import org.zhengwu.gazette.domain.model.Unit;
import org.zhengwu.gazette.domain.model.UnitType;

/** A unit as stored: flat, in the order of the text, pointing at its parent. */
record UnitRow(String eId, String parentEId, int depth, UnitType type, String num, String heading, String text, int line) {

    TextUnit toText() {
        return new TextUnit(eId, parentEId, depth, type.code(), num, heading, text);
    }

    /** The units of a document, depth first, with parent and depth. */
    static List<UnitRow> flatten(List<Unit> units) {
        var out = new ArrayList<UnitRow>();
        units.forEach(u -> add(u, null, 0, out));
        return out;
    }

    private static void add(Unit u, String parent, int depth, List<UnitRow> out) {
        out.add(new UnitRow(u.eId(), parent, depth, u.type(), u.num(), u.heading(), u.text(), u.line()));
        u.children().forEach(c -> add(c, u.eId(), depth + 1, out));
    }

    /** The tree back from the rows in text order. */
    static List<Unit> tree(List<UnitRow> rows) {
        var children = new LinkedHashMap<String, List<Unit>>();
        for (int k = rows.size() - 1; k >= 0; k--) {
            var r = rows.get(k);
            var own = children.getOrDefault(r.eId(), List.of()).reversed();
            children.computeIfAbsent(r.parentEId(), p -> new ArrayList<>())
                    .add(new Unit(r.type(), r.num(), r.heading(), r.text(), r.eId(), r.line(), own));
        }
        return children.getOrDefault(null, List.of()).reversed();
    }
}

package org.zhengwu.gazette.domain.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zhengwu.gazette.domain.model.Unit;
import org.zhengwu.gazette.domain.model.UnitType;
import org.zhengwu.gazette.domain.text.Punctuation;

/** A unit while the structure is being built; {@link #toUnit} fixes its heading, text and eId. */
final class Node {

    private static final int MAX_HEADING = 60;

    final UnitType type;
    final int rank;
    final String num;
    final int value;
    final int line;
    String text;
    String heading;
    final List<Node> children = new ArrayList<>();

    Node(UnitType type, int rank, String num, int value, String text, int line) {
        this.type = type;
        this.rank = rank;
        this.num = num;
        this.value = value;
        this.text = text;
        this.line = line;
    }

    static Node paragraph(Line line) {
        return new Node(UnitType.PARAGRAPH, Integer.MAX_VALUE, null, 0, line.text(), line.no());
    }

    /** The unit, with an eId under the parent's path ({@code ""} at the top). */
    Unit toUnit(String parentPath, int ordinal) {
        var eId = (parentPath.isEmpty() ? "" : parentPath + "__") + type.eIdPrefix() + "_" + (num == null ? ordinal : value);
        return new Unit(type, num, headingOrNull(), textOrEmpty(), eId, line, units(children, eId));
    }

    /** The units of a list of nodes, with eIds unique among siblings. */
    static List<Unit> units(List<Node> nodes, String parentPath) {
        var out = new ArrayList<Unit>();
        Set<String> seen = new HashSet<>();
        int paragraphs = 0;
        for (var node : nodes) {
            paragraphs += node.num == null && node.type == UnitType.PARAGRAPH ? 1 : 0;
            var unit = node.toUnit(parentPath, node.type == UnitType.PARAGRAPH ? paragraphs : out.size() + 1);
            out.add(seen.add(unit.eId()) ? unit : renamed(node, unit, parentPath, seen));
        }
        return out;
    }

    /** A second unit with the same number under one parent (a list restarted at 1.) gets a suffix. */
    private static Unit renamed(Node node, Unit unit, String parentPath, Set<String> seen) {
        int k = 2;
        while (!seen.add(unit.eId() + "-" + k)) {
            k++;
        }
        var eId = unit.eId() + "-" + k;
        return new Unit(unit.type(), unit.num(), unit.heading(), unit.text(), eId, unit.line(), units(node.children, eId));
    }

    private boolean isHeadingOnly() {
        if (heading != null) {
            return true;
        }
        return switch (type) {
            case PART, CHAPTER, ATTACHMENT -> true;
            case SECTION, ITEM, SUBITEM, POINT -> num != null && introduces() && text.length() <= MAX_HEADING
                    && !Punctuation.hasStop(text) && !Punctuation.endsMidSentence(text);
            default -> false;
        };
    }

    /** A numbered unit introduces what follows when numbered units follow, or prose after an open line. */
    private boolean introduces() {
        boolean numbered = children.stream().anyMatch(c -> c.num != null);
        return numbered || (!children.isEmpty() && !Punctuation.endsClosed(text));
    }

    private String headingOrNull() {
        if (heading != null) {
            return heading;
        }
        return isHeadingOnly() && !text.isEmpty() ? text : null;
    }

    private String textOrEmpty() {
        return heading == null && isHeadingOnly() ? "" : text;
    }
}

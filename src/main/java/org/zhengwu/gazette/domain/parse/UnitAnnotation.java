package org.zhengwu.gazette.domain.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhengwu.gazette.domain.text.Brackets;

/**
 * The bracketed note at the end of a task naming the units that carry it, in its two forms:
 * labelled, {@code （牵头单位：A、B；责任单位：C，D）}; or listed,
 * {@code （A、B负责。列第一位者为牵头单位，下同）}, {@code （A牵头，B参与）}, {@code （A负责）},
 * where the first listed leads. Unit lists split at 、 and ， outside brackets, so that
 * {@code 各县（市、区）人民政府} stays whole.
 *
 * @param taskText the text without the note
 */
record UnitAnnotation(String taskText, List<String> lead, List<String> responsible) {

    private static final Pattern LABEL = Pattern.compile("^(牵头单位|牵头部门|主办单位|主责单位|责任单位|责任部门|配合单位|配合部门|参与单位|协办单位)\\s*[：:]\\s*(.*)$");
    private static final Pattern LEADS = Pattern.compile("^(.+?)(?:牵头负责|牵头)$");
    private static final Pattern CARRIES = Pattern.compile("^(.+?)(?:按职责分工负责|按职责负责|分别负责|共同负责|负责|参与|配合|参加)$");
    private static final int MAX_UNIT = 40;

    static Optional<UnitAnnotation> of(String text) {
        var note = NoteAtEnd.of(text);
        if (note.isEmpty()) {
            return Optional.empty();
        }
        var inside = note.get().inside();
        var parsed = inside.matches("^\\s*(?:牵头|主办|主责|责任|配合|参与|协办)(?:单位|部门)\\s*[：:].*") ? labelled(inside) : listed(inside);
        return parsed.map(p -> new UnitAnnotation(note.get().before(), p.lead(), p.responsible()));
    }

    private record Units(List<String> lead, List<String> responsible) {
    }

    private static Optional<Units> labelled(String inside) {
        var lead = new ArrayList<String>();
        var responsible = new ArrayList<String>();
        for (var segment : Brackets.splitTopLevel(inside, "；;。")) {
            var m = LABEL.matcher(segment);
            if (m.matches()) {
                (m.group(1).startsWith("牵头") || m.group(1).startsWith("主") ? lead : responsible).addAll(units(m.group(2)));
            }
        }
        return lead.isEmpty() && responsible.isEmpty() ? Optional.empty() : Optional.of(new Units(lead, responsible));
    }

    private static Optional<Units> listed(String inside) {
        var lead = new ArrayList<String>();
        var carrying = new ArrayList<String>();
        for (var segment : Brackets.splitTopLevel(inside, "。；;，,")) {
            var leads = LEADS.matcher(segment);
            var carries = CARRIES.matcher(segment);
            if (leads.matches() && unitList(leads.group(1))) {
                lead.addAll(units(leads.group(1)));
            } else if (carries.matches() && unitList(carries.group(1))) {
                carrying.addAll(units(carries.group(1)));
            }
        }
        if (lead.isEmpty() && !carrying.isEmpty()) {
            lead.add(carrying.removeFirst());  // 列第一位者为牵头单位: the first listed leads
        }
        return lead.isEmpty() ? Optional.empty() : Optional.of(new Units(lead, carrying));
    }

    private static boolean unitList(String text) {
        return units(text).stream().allMatch(u -> u.length() <= MAX_UNIT && !u.contains("：") && !u.contains("为"));
    }

    static List<String> units(String list) {
        return Brackets.splitTopLevel(list, "、，,");
    }
}

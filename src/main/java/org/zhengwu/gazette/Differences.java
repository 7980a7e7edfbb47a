package org.zhengwu.gazette;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhengwu.gazette.domain.model.ParsedDocument;
import org.zhengwu.gazette.domain.model.TocEntry;
import org.zhengwu.gazette.domain.model.Unit;

/**
 * The differences between the stored content of an issue and a new file of it: the issue's data,
 * documents added, removed or changed (by id), units added, removed or changed (by eId). Source
 * line numbers are ignored: a line added near the top moves every line below it.
 */
final class Differences {

    private static final Map<String, Function<ParsedDocument, Object>> FIELDS = fields();

    private Differences() {
    }

    /** What the issue held before: its serial, catalogue and documents by id, in order. */
    record Before(Integer serial, List<TocEntry> toc, Map<String, ParsedDocument> documents) {
    }

    static List<Difference> between(Before before, Upload after) {
        var out = new ArrayList<Difference>();
        issue(before, after).ifPresent(out::add);
        var now = new LinkedHashMap<String, ParsedDocument>();
        for (int k = 0; k < after.documentIds().size(); k++) {
            now.put(after.documentIds().get(k), after.parsed().documents().get(k));
        }
        now.forEach((id, d) -> {
            var old = before.documents().get(id);
            if (old == null) {
                out.add(new Difference(DifferenceKind.DOCUMENT_ADDED, id, d.title(), null, null, null));
            } else {
                document(id, old, d, out);
            }
        });
        before.documents().forEach((id, d) -> {
            if (!now.containsKey(id)) {
                out.add(new Difference(DifferenceKind.DOCUMENT_REMOVED, id, d.title(), null, null, null));
            }
        });
        return out;
    }

    private static Optional<Difference> issue(Before before, Upload after) {
        var changed = new ArrayList<String>();
        if (!Objects.equals(before.serial(), after.header().serial())) {
            changed.add("serial");
        }
        if (!toc(before.toc()).equals(toc(after.parsed().toc()))) {
            changed.add("toc");
        }
        return changed.isEmpty() ? Optional.empty()
                : Optional.of(new Difference(DifferenceKind.ISSUE_CHANGED, null, after.header().title(), null,
                        String.join(", ", changed), null));
    }

    private static List<String> toc(List<TocEntry> toc) {
        return toc.stream().map(e -> e.section() + "|" + e.title() + "|" + e.docNumber() + "|" + e.page()).toList();
    }

    private static void document(String id, ParsedDocument old, ParsedDocument now, List<Difference> out) {
        var fields = FIELDS.entrySet().stream()
                .filter(f -> !Objects.equals(f.getValue().apply(old), f.getValue().apply(now)))
                .map(Map.Entry::getKey).collect(Collectors.joining(", "));
        if (!fields.isEmpty()) {
            out.add(new Difference(DifferenceKind.DOCUMENT_CHANGED, id, now.title(), null, fields, null));
        }
        units(id, now.title(), units(old), units(now), out);
    }

    private static void units(String id, String title, Map<String, Unit> old, Map<String, Unit> now,
            List<Difference> out) {
        now.forEach((eId, u) -> {
            var before = old.get(eId);
            if (before == null) {
                out.add(new Difference(DifferenceKind.UNIT_ADDED, id, title, eId, null, u.text()));
            } else if (!sameOwnContent(before, u)) {
                out.add(new Difference(DifferenceKind.UNIT_CHANGED, id, title, eId, null, u.text()));
            }
        });
        old.keySet().stream().filter(eId -> !now.containsKey(eId))
                .forEach(eId -> out.add(new Difference(DifferenceKind.UNIT_REMOVED, id, title, eId, null, null)));
    }

    private static Map<String, Unit> units(ParsedDocument d) {
        var map = new LinkedHashMap<String, Unit>();
        d.allUnits().forEach(u -> map.put(u.eId(), u));
        return map;
    }

    private static boolean sameOwnContent(Unit a, Unit b) {
        return a.type() == b.type() && Objects.equals(a.num(), b.num()) && Objects.equals(a.heading(), b.heading())
                && Objects.equals(a.text(), b.text());
    }

    private static Map<String, Function<ParsedDocument, Object>> fields() {
        var f = new LinkedHashMap<String, Function<ParsedDocument, Object>>();
        f.put("docNumber", ParsedDocument::docNumber);
        f.put("issuer", ParsedDocument::issuer);
        f.put("title", ParsedDocument::title);
        f.put("kind", ParsedDocument::kind);
        f.put("issuedKind", ParsedDocument::issuedKind);
        f.put("signedDate", ParsedDocument::signedDate);
        f.put("signedDateText", ParsedDocument::signedDateText);
        f.put("signer", ParsedDocument::signer);
        f.put("addressees", ParsedDocument::addressees);
        f.put("effectiveFrom", ParsedDocument::effectiveFrom);
        f.put("effectiveUntil", ParsedDocument::effectiveUntil);
        f.put("page", ParsedDocument::page);
        f.put("tasks", ParsedDocument::tasks);
        f.put("appointments", ParsedDocument::appointments);
        f.put("chronicle", ParsedDocument::chronicle);
        f.put("planItems", ParsedDocument::planItems);
        return Collections.unmodifiableMap(f);
    }
}

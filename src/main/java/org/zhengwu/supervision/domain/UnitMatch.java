package org.zhengwu.supervision.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Matches unit names as a plan writes them to directory units: the name, else the name with or
 * without the city prefix (市生态环境局 ↔ 聊城市生态环境局); a collective name (各县（市、区）人民政府)
 * stands for its member units; a list sharing one organ suffix (莘县、阳谷县人民政府) stands for
 * each of its names when every one of them matches a unit ({@link SharedSuffix}). A name that
 * matches nothing stays, unresolved, for a person to choose; it is never dropped.
 */
public final class UnitMatch {

    /** A directory unit: its id and the name the ledger shows. */
    public record Known(String id, String name) {
    }

    /** One unit of a task: resolved ({@code orgUnit} set) or not; {@code collective} when expanded from one. */
    public record Matched(String name, String orgUnit, String collective) {
        public boolean resolved() {
            return orgUnit != null;
        }
    }

    private final Function<String, Optional<Known>> find;
    private final Function<String, Optional<List<Known>>> collective;
    private final String prefix;
    private final List<String> suffixes;

    public UnitMatch(Function<String, Optional<Known>> find, Function<String, Optional<List<Known>>> collective,
            String prefix) {
        this(find, collective, prefix, List.of());
    }

    /** With the organ suffixes a list of short names may share (人民政府, 政府, 管委会). */
    public UnitMatch(Function<String, Optional<Known>> find, Function<String, Optional<List<Known>>> collective,
            String prefix, List<String> suffixes) {
        this.find = find;
        this.collective = collective;
        this.prefix = prefix == null ? "" : prefix;
        this.suffixes = List.copyOf(suffixes);
    }

    public List<Matched> match(List<String> names) {
        var out = new ArrayList<Matched>();
        for (var run : SharedSuffix.runs(names, suffixes)) {
            out.addAll(run(run.written(), run.names()));
        }
        return out;
    }

    /** The longest tail of a run whose names all match shares the suffix; the names before it stand alone. */
    private List<Matched> run(List<String> written, List<String> names) {
        var out = new ArrayList<Matched>();
        for (int j = 0; j < written.size(); j++) {
            var tail = j < written.size() - 1
                    ? known(names.subList(j, names.size()), String.join("、", written.subList(j, written.size())))
                    : Optional.<List<Matched>>empty();
            if (tail.isPresent()) {
                out.addAll(tail.get());   // WA-task: [莘县, 阳谷县人民政府] share 人民政府
                return out;
            }
            out.addAll(single(written.get(j)));
        }
        return out;
    }

    private List<Matched> single(String name) {
        var members = collective.apply(name);
        if (members.isPresent() && !members.get().isEmpty()) {
            return members.get().stream().map(m -> new Matched(m.name(), m.id(), name)).toList();
        }
        var exact = one(name);
        if (exact.isPresent()) {
            return List.of(new Matched(name, exact.get().id(), null));
        }
        return SharedSuffix.split(name, suffixes).flatMap(split -> known(split, name))
                .orElse(List.of(new Matched(name, null, null)));
    }

    /** WA-task: each name of a shared-suffix list as its unit, when every one of them is known. */
    private Optional<List<Matched>> known(List<String> names, String group) {
        var out = new ArrayList<Matched>();
        for (var n : names) {
            var k = one(n);
            if (k.isEmpty()) {
                return Optional.empty();
            }
            out.add(new Matched(n, k.get().id(), group));
        }
        return Optional.of(out);
    }

    /** The name, then its forms with the full prefix, the short one (市) and none: 市X ↔ 聊城市X ↔ X. */
    private Optional<Known> one(String name) {
        var exact = find.apply(name);
        if (exact.isPresent() || prefix.isEmpty()) {
            return exact;
        }
        var shortPrefix = prefix.substring(prefix.length() - 1);
        var core = name.startsWith(prefix) ? name.substring(prefix.length())
                : name.startsWith(shortPrefix) ? name.substring(shortPrefix.length()) : name;
        return java.util.stream.Stream.of(prefix + core, shortPrefix + core, core).filter(n -> !n.equals(name))
                .map(find).flatMap(Optional::stream).findFirst();
    }
}

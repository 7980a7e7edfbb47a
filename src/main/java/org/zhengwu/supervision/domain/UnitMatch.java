package org.zhengwu.supervision.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Matches unit names as a plan writes them to directory units: the name, else the name with or
 * without the city prefix (市生态环境局 ↔ 聊城市生态环境局); a collective name (各县（市、区）人民政府)
 * stands for its member units; a list of places sharing one organ suffix (莘县、阳谷县人民政府) stands
 * for each of its names ({@link SharedSuffix}). A name that
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
    private final SharedSuffix shared;

    public UnitMatch(Function<String, Optional<Known>> find, Function<String, Optional<List<Known>>> collective,
            String prefix) {
        this(find, collective, prefix, new SharedSuffix(List.of(), List.of()));
    }

    /** With the organ suffixes a list of place names may share (莘县、阳谷县人民政府). */
    public UnitMatch(Function<String, Optional<Known>> find, Function<String, Optional<List<Known>>> collective,
            String prefix, SharedSuffix shared) {
        this.find = find;
        this.collective = collective;
        this.prefix = prefix == null ? "" : prefix;
        this.shared = shared;
    }

    public List<Matched> match(List<String> names) {
        var out = new ArrayList<Matched>();
        for (var run : shared.runs(names)) {
            if (run.group() == null) {
                run.written().forEach(name -> out.addAll(single(name)));
            } else {
                out.addAll(each(run.names(), run.group()));   // WA-task: [莘县, 阳谷县人民政府] share 人民政府
            }
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
        return shared.split(name).map(split -> each(split, name)).orElse(List.of(new Matched(name, null, null)));
    }

    /** WA-task: each name of a shared-suffix list, matched or kept unresolved, with the list it came from. */
    private List<Matched> each(List<String> names, String group) {
        return names.stream().map(n -> new Matched(n, one(n).map(Known::id).orElse(null), group)).toList();
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

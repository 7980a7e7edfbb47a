package org.zhengwu.supervision.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * WA-task: a list of short names joined by 、 that share one trailing organ suffix
 * (莘县、阳谷县人民政府 → 莘县人民政府, 阳谷县人民政府). A name with brackets, such as
 * 各县（市、区）人民政府, is a collective of its own and is never split. The same list already cut at
 * 、 by the gazette's reader ([莘县, 阳谷县人民政府]) is found again by {@link #runs}.
 */
public final class SharedSuffix {

    private static final String JOIN = "、";

    private SharedSuffix() {
    }

    /** The names the list stands for, each with the suffix; empty when the name is not such a list. */
    public static Optional<List<String>> split(String name, List<String> suffixes) {
        if (name == null || !name.contains(JOIN) || name.contains("（") || name.contains("(")) {
            return Optional.empty();
        }
        var suffix = suffixes.stream().filter(s -> !s.isBlank() && name.endsWith(s) && name.length() > s.length())
                .max(Comparator.comparingInt(String::length));
        if (suffix.isEmpty()) {
            return Optional.empty();
        }
        var stems = Arrays.stream(name.substring(0, name.length() - suffix.get().length()).split(JOIN, -1))
                .map(String::strip).toList();
        if (stems.size() < 2 || stems.stream().anyMatch(String::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(stems.stream().map(s -> endsWithAny(s, suffixes) ? s : s + suffix.get()).toList());
    }

    /**
     * A run of a task's unit names: the names as written, the names each with the suffix the run
     * shares, and the run as one list (莘县、阳谷县人民政府); a single name is a run of one, group null.
     */
    public record Run(List<String> written, List<String> names, String group) {
        public Run {
            written = List.copyOf(written);
            names = List.copyOf(names);
        }
    }

    /**
     * The names cut into runs: names without an organ suffix followed by one with it share that
     * suffix ([莘县, 阳谷县人民政府] → 莘县人民政府, 阳谷县人民政府); other names stand alone.
     */
    public static List<Run> runs(List<String> names, List<String> suffixes) {
        var out = new java.util.ArrayList<Run>();
        int start = 0;
        for (int k = 0; k < names.size(); k++) {
            var name = names.get(k).strip();
            var suffix = suffixes.stream().filter(s -> !s.isBlank() && name.endsWith(s) && name.length() > s.length())
                    .max(Comparator.comparingInt(String::length));
            boolean plain = !name.contains("（") && !name.contains("(") && !name.contains(JOIN);
            if (!plain) {
                flush(out, names, start, k);
                out.add(new Run(List.of(name), List.of(name), null));
                start = k + 1;
            } else if (suffix.isPresent()) {
                var written = names.subList(start, k + 1).stream().map(String::strip).toList();
                out.add(written.size() == 1 ? new Run(written, written, null) : new Run(written,
                        written.stream().map(w -> endsWithAny(w, suffixes) ? w : w + suffix.get()).toList(),
                        String.join(JOIN, written)));
                start = k + 1;
            }
        }
        flush(out, names, start, names.size());
        return out;
    }

    private static void flush(List<Run> out, List<String> names, int from, int to) {
        for (int k = from; k < to; k++) {
            var name = names.get(k).strip();
            out.add(new Run(List.of(name), List.of(name), null));
        }
    }

    private static boolean endsWithAny(String stem, List<String> suffixes) {
        return suffixes.stream().anyMatch(s -> !s.isBlank() && stem.endsWith(s));
    }
}

package org.zhengwu.supervision.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * WA-task: a list of short place names joined by 、 that share one trailing organ suffix
 * (莘县、阳谷县人民政府 → 莘县人民政府, 阳谷县人民政府). Each name before the suffix ends as a place
 * does (县, 市, 区: the pack's endings), so 市水利局、莘县人民政府 is two units as written. A name with
 * brackets, such as 各县（市、区）人民政府, is a collective of its own and is never split. The same list
 * already cut at 、 by the gazette's reader ([莘县, 阳谷县人民政府]) is found again by {@link #runs}.
 */
public record SharedSuffix(List<String> suffixes, List<String> endings) {

    private static final String JOIN = "、";

    public SharedSuffix {
        suffixes = suffixes.stream().filter(s -> !s.isBlank()).toList();
        endings = endings.stream().filter(s -> !s.isBlank()).toList();
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

    /** The names the list stands for, each with the suffix; empty when the name is not such a list. */
    public Optional<List<String>> split(String name) {
        if (name == null || !name.contains(JOIN) || bracketed(name)) {
            return Optional.empty();
        }
        var suffix = suffixOf(name);
        if (suffix.isEmpty()) {
            return Optional.empty();
        }
        var stems = Arrays.stream(name.substring(0, name.length() - suffix.get().length()).split(JOIN, -1))
                .map(String::strip).toList();
        if (stems.size() < 2 || !stems.stream().allMatch(s -> place(s) || suffixOf(s).isPresent())) {
            return Optional.empty();
        }
        return Optional.of(stems.stream().map(s -> suffixOf(s).isPresent() ? s : s + suffix.get()).toList());
    }

    /**
     * The names cut into runs: place names without an organ suffix followed by a place's name with
     * one share it ([莘县, 阳谷县人民政府] → 莘县人民政府, 阳谷县人民政府); other names stand alone.
     */
    public List<Run> runs(List<String> names) {
        var out = new ArrayList<Run>();
        var pending = new ArrayList<String>();
        for (var raw : names) {
            var name = raw.strip();
            var suffix = bracketed(name) ? Optional.<String>empty() : suffixOf(name);
            if (suffix.isPresent() && !pending.isEmpty() && place(name.substring(0, name.length() - suffix.get().length()))) {
                pending.add(name);
                out.add(new Run(pending, pending.stream().map(w -> suffixOf(w).isPresent() ? w : w + suffix.get()).toList(),
                        String.join(JOIN, pending)));
                pending.clear();
            } else if (suffix.isEmpty() && !bracketed(name) && place(name)) {
                pending.add(name);
            } else {
                pending.forEach(p -> out.add(alone(p)));
                pending.clear();
                out.add(alone(name));
            }
        }
        pending.forEach(p -> out.add(alone(p)));
        return out;
    }

    private static Run alone(String name) {
        return new Run(List.of(name), List.of(name), null);
    }

    private Optional<String> suffixOf(String name) {
        return suffixes.stream().filter(s -> name.endsWith(s) && name.length() > s.length())
                .max(Comparator.comparingInt(String::length));
    }

    /** 莘县, 临清市, 东昌府区; not a bare 市 (市政府 is the city's government, not a place's list). */
    private boolean place(String stem) {
        return !stem.contains(JOIN) && endings.stream().anyMatch(e -> stem.length() > e.length() && stem.endsWith(e));
    }

    private static boolean bracketed(String name) {
        return name.contains("（") || name.contains("(");
    }
}

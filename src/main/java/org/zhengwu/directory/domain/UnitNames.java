package org.zhengwu.directory.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How the gazette names units: 聊城市生态环境局, 市生态环境局 and 生态环境局 are one unit. A name is
 * compared without spaces and without one leading city prefix (聊城市, 聊城, 市), on both sides,
 * because 市市场监管局 drops the prefix and keeps 市场.
 */
public final class UnitNames {

    private final List<String> prefixes;

    /** @param city the city's name as the rule pack gives it, e.g. 聊城市 */
    public UnitNames(String city) {
        var shortCity = city.endsWith("市") ? city.substring(0, city.length() - 1) : city;
        this.prefixes = List.of(city, shortCity, "市");
    }

    /** The name without any kind of white space (the gazette's OCR leaves some: 市 12345 市民热线). */
    public static String compact(String name) {
        return name == null ? "" : name.replaceAll("[\\s\\u3000]+", "");
    }

    /** The forms a name is compared in: as written, and without one leading prefix. */
    public Set<String> forms(String name) {
        var compact = compact(name);
        var forms = new LinkedHashSet<String>();
        forms.add(compact);
        prefixes.stream().filter(p -> compact.startsWith(p) && compact.length() > p.length()).findFirst()
                .ifPresent(p -> forms.add(compact.substring(p.length())));
        return forms;
    }

    /** The one candidate one of whose names shares a form with the query; empty when none or several do. */
    public <T> Optional<T> matchOne(String query, List<T> candidates, Function<T, List<String>> names) {
        var wanted = forms(query);
        var found = new ArrayList<T>();
        for (T candidate : candidates) {
            if (names.apply(candidate).stream().map(this::forms).anyMatch(f -> f.stream().anyMatch(wanted::contains))) {
                found.add(candidate);
            }
        }
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }
}

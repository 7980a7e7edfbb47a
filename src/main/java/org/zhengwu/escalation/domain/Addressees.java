package org.zhengwu.escalation.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who a fired step goes to, as stored tokens: {@code role:OFFICE_STAFF}, {@code post:MAYOR},
 * {@code unit:sthj}, {@code person:li-qiang}, or {@code subject:handler} when the owning module
 * named nobody for that party. Stored between bars so that one token can be matched in SQL.
 */
public record Addressees(Set<String> tokens) {

    public Addressees {
        tokens = Set.copyOf(new LinkedHashSet<>(tokens));
    }

    public static Addressees of(Collection<String> tokens) {
        return new Addressees(new LinkedHashSet<>(tokens));
    }

    public String encoded() {
        return "|" + String.join("|", tokens.stream().sorted().toList()) + "|";
    }

    public static Addressees decode(String encoded) {
        var parts = encoded.replaceAll("^\\||\\|$", "");
        return parts.isEmpty() ? new Addressees(Set.of()) : of(List.of(parts.split("\\|")));
    }

    /** The SQL LIKE pattern that finds this one token in an encoded list. */
    public static String likePattern(String token) {
        return "%|" + token.replace("%", "") + "|%";
    }
}

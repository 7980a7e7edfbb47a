package org.zhengwu.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.supervision.domain.UnitMatch.Known;
import org.zhengwu.supervision.domain.UnitMatch.Matched;

class UnitMatchTests {

    static final Map<String, Known> DIRECTORY = Map.of(
            "聊城市生态环境局", new Known("sthjj", "市生态环境局"),
            "市城管局", new Known("cgj", "市城管局"),
            "莘县人民政府", new Known("shenxian", "莘县"),
            "阳谷县人民政府", new Known("yanggu", "阳谷县"));
    static final Map<String, List<Known>> COLLECTIVES = Map.of(
            "各县（市、区）人民政府", List.of(new Known("yanggu", "阳谷县"), new Known("shenxian", "莘县")));

    final UnitMatch match = new UnitMatch(n -> Optional.ofNullable(DIRECTORY.get(n)),
            n -> Optional.ofNullable(COLLECTIVES.get(n)), "聊城市",
            new SharedSuffix(List.of("人民政府", "政府", "管委会"), List.of("县", "市", "区")));

    @Test
    @DisplayName("WA-task 市生态环境局 matches 聊城市生态环境局 with the city prefix; 聊城市城管局 matches 市城管局 without it")
    void matchesWithAndWithoutThePrefix() {
        assertThat(match.match(List.of("市生态环境局", "聊城市城管局"))).containsExactly(
                new Matched("市生态环境局", "sthjj", null), new Matched("聊城市城管局", "cgj", null));
    }

    @Test
    @DisplayName("WA-task a collective unit expands to its member units")
    void collectiveExpands() {
        assertThat(match.match(List.of("各县（市、区）人民政府"))).containsExactly(
                new Matched("阳谷县", "yanggu", "各县（市、区）人民政府"), new Matched("莘县", "shenxian", "各县（市、区）人民政府"));
    }

    @Test
    @DisplayName("WA-task an unknown name is kept unresolved, never dropped")
    void unknownNameIsKept() {
        var out = match.match(List.of("聊城黄河河务局", "市城管局"));
        assertThat(out).hasSize(2);
        assertThat(out.getFirst()).isEqualTo(new Matched("聊城黄河河务局", null, null));
        assertThat(out.getFirst().resolved()).isFalse();
    }

    @Test
    @DisplayName("WA-task 莘县、阳谷县人民政府 matches 莘县 and 阳谷县, each from its own name")
    void sharedSuffixListMatchesEachUnit() {
        assertThat(match.match(List.of("莘县、阳谷县人民政府"))).containsExactly(
                new Matched("莘县人民政府", "shenxian", "莘县、阳谷县人民政府"),
                new Matched("阳谷县人民政府", "yanggu", "莘县、阳谷县人民政府"));
    }

    @Test
    @DisplayName("WA-task a name of a shared-suffix list the directory does not know is kept, unresolved")
    void sharedSuffixListWithAnUnknownNameKeepsIt() {
        assertThat(match.match(List.of("莘县、新县人民政府"))).containsExactly(
                new Matched("莘县人民政府", "shenxian", "莘县、新县人民政府"), new Matched("新县人民政府", null, "莘县、新县人民政府"));
    }

    @Test
    @DisplayName("WA-task [莘县, 阳谷县人民政府] as the gazette's reader cuts 莘县、阳谷县人民政府 is 莘县人民政府 and 阳谷县人民政府")
    void sharedSuffixRunOfACutListMatchesEachUnit() {
        assertThat(match.match(List.of("市城管局", "莘县", "阳谷县人民政府"))).containsExactly(
                new Matched("市城管局", "cgj", null),
                new Matched("莘县人民政府", "shenxian", "莘县、阳谷县人民政府"),
                new Matched("阳谷县人民政府", "yanggu", "莘县、阳谷县人民政府"));
    }
}

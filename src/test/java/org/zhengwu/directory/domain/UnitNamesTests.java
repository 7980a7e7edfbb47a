package org.zhengwu.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitNamesTests {

    final UnitNames names = new UnitNames("聊城市");

    record Unit(String name, List<String> aliases) {
        List<String> all() {
            var all = new java.util.ArrayList<>(aliases);
            all.add(name);
            return all;
        }
    }

    @Test
    void aNameIsComparedWithoutOneLeadingCityPrefix() {
        assertThat(names.forms("聊城市生态环境局")).containsExactly("聊城市生态环境局", "生态环境局");
        assertThat(names.forms("市生态环境局")).containsExactly("市生态环境局", "生态环境局");
        assertThat(names.forms("聊城高新技术产业开发区")).containsExactly("聊城高新技术产业开发区", "高新技术产业开发区");
    }

    @Test
    void onlyOnePrefixGoesSoThatMarketSupervisionKeepsItsFirstCharacter() {
        assertThat(names.forms("市市场监管局")).containsExactly("市市场监管局", "市场监管局");
    }

    @Test
    void whiteSpaceLeftByTheScanDoesNotMatter() {
        assertThat(UnitNames.compact("市 12345 市民热线受理中心")).isEqualTo("市12345市民热线受理中心");
    }

    @Test
    void theShortFormFindsTheFullName() {
        var units = List.of(new Unit("聊城市生态环境局", List.of()), new Unit("聊城市水利局", List.of()));
        assertThat(names.matchOne("市生态环境局", units, Unit::all)).get().extracting(Unit::name).isEqualTo("聊城市生态环境局");
        assertThat(names.matchOne("生态环境局", units, Unit::all)).get().extracting(Unit::name).isEqualTo("聊城市生态环境局");
    }

    @Test
    void aBareNameFindsTheUnitWhoseAliasCarriesThePrefix() {
        var units = List.of(new Unit("聊城市市场监督管理局", List.of("市市场监管局")));
        assertThat(names.matchOne("市场监管局", units, Unit::all)).isPresent();
    }

    @Test
    void aNameTwoUnitsShareFindsNeither() {
        var units = List.of(new Unit("聊城市教育局", List.of()), new Unit("市教育局", List.of()));
        assertThat(names.matchOne("教育局", units, Unit::all)).isEmpty();
        assertThat(names.matchOne("市审计局", units, Unit::all)).isEmpty();
    }
}

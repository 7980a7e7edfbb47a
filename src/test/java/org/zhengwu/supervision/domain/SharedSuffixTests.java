package org.zhengwu.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.supervision.domain.SharedSuffix.Run;

class SharedSuffixTests {

    final SharedSuffix shared = new SharedSuffix(List.of("人民政府", "政府", "管理委员会", "管委会"), List.of("县", "市", "区"));

    @Test
    @DisplayName("WA-task 莘县、阳谷县人民政府 is 莘县人民政府 and 阳谷县人民政府")
    void splitsTwoCountiesSharingTheirSuffix() {
        assertThat(shared.split("莘县、阳谷县人民政府")).contains(List.of("莘县人民政府", "阳谷县人民政府"));
    }

    @Test
    @DisplayName("WA-task the longest suffix that ends the name is the shared one; three names, 管委会 too")
    void longestSuffixAndAnyLength() {
        assertThat(shared.split("冠县、高唐县、临清市人民政府")).contains(List.of("冠县人民政府", "高唐县人民政府", "临清市人民政府"));
        assertThat(shared.split("聊城经济技术开发区、江北水城旅游度假区管委会"))
                .contains(List.of("聊城经济技术开发区管委会", "江北水城旅游度假区管委会"));
        assertThat(shared.split("莘县人民政府、阳谷县人民政府"))
                .as("a name that carries the suffix already keeps it").contains(List.of("莘县人民政府", "阳谷县人民政府"));
    }

    @Test
    @DisplayName("WA-task 各县（市、区）人民政府, a single name, names that are not places are not split")
    void leavesOtherNamesAlone() {
        assertThat(shared.split("各县（市、区）人民政府")).isEmpty();
        assertThat(shared.split("阳谷县人民政府")).isEmpty();
        assertThat(shared.split("市生态环境局、市水利局")).isEmpty();
        assertThat(shared.split("市委、市政府")).isEmpty();
        assertThat(shared.split("、阳谷县人民政府")).isEmpty();
        assertThat(new SharedSuffix(List.of(), List.of("县")).split("莘县、阳谷县人民政府")).isEmpty();
    }

    @Test
    @DisplayName("WA-task runs of a list the gazette's reader cut at 、: places before a place with a suffix share it")
    void runsOfACutList() {
        assertThat(shared.runs(List.of("市水利局", "莘县", "阳谷县人民政府", "各县（市、区）人民政府", "冠县")))
                .containsExactly(
                        new Run(List.of("市水利局"), List.of("市水利局"), null),
                        new Run(List.of("莘县", "阳谷县人民政府"), List.of("莘县人民政府", "阳谷县人民政府"), "莘县、阳谷县人民政府"),
                        new Run(List.of("各县（市、区）人民政府"), List.of("各县（市、区）人民政府"), null),
                        new Run(List.of("冠县"), List.of("冠县"), null));
        assertThat(shared.runs(List.of("市水利局", "阳谷县人民政府"))).extracting(Run::group).containsOnlyNulls();
        assertThat(shared.runs(List.of("东昌府区", "市政府"))).as("市政府 is not a place's government")
                .extracting(Run::group).containsOnlyNulls();
    }
}

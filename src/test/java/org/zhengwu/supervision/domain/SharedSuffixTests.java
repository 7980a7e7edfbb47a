package org.zhengwu.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SharedSuffixTests {

    static final List<String> SUFFIXES = List.of("人民政府", "政府", "管理委员会", "管委会");

    @Test
    @DisplayName("WA-task 莘县、阳谷县人民政府 is 莘县人民政府 and 阳谷县人民政府")
    void splitsTwoCountiesSharingTheirSuffix() {
        assertThat(SharedSuffix.split("莘县、阳谷县人民政府", SUFFIXES)).contains(List.of("莘县人民政府", "阳谷县人民政府"));
    }

    @Test
    @DisplayName("WA-task the longest suffix that ends the name is the shared one; three names, 管委会 too")
    void longestSuffixAndAnyLength() {
        assertThat(SharedSuffix.split("冠县、高唐县、东阿县人民政府", SUFFIXES))
                .contains(List.of("冠县人民政府", "高唐县人民政府", "东阿县人民政府"));
        assertThat(SharedSuffix.split("聊城经济技术开发区、江北水城旅游度假区管委会", SUFFIXES))
                .contains(List.of("聊城经济技术开发区管委会", "江北水城旅游度假区管委会"));
        assertThat(SharedSuffix.split("莘县人民政府、阳谷县人民政府", SUFFIXES))
                .as("a name that carries the suffix already keeps it").contains(List.of("莘县人民政府", "阳谷县人民政府"));
    }

    @Test
    @DisplayName("WA-task 各县（市、区）人民政府, a single name, a list without a shared suffix are not split")
    void leavesOtherNamesAlone() {
        assertThat(SharedSuffix.split("各县（市、区）人民政府", SUFFIXES)).isEmpty();
        assertThat(SharedSuffix.split("阳谷县人民政府", SUFFIXES)).isEmpty();
        assertThat(SharedSuffix.split("市生态环境局、市水利局", SUFFIXES)).isEmpty();
        assertThat(SharedSuffix.split("、阳谷县人民政府", SUFFIXES)).isEmpty();
        assertThat(SharedSuffix.split("莘县、阳谷县人民政府", List.of())).isEmpty();
    }

    @Test
    @DisplayName("WA-task runs: names without a suffix before one with it share it; others stand alone")
    void runsOfACutList() {
        assertThat(SharedSuffix.runs(List.of("莘县", "阳谷县人民政府", "各县（市、区）人民政府", "市城管局"), SUFFIXES))
                .containsExactly(
                        new SharedSuffix.Run(List.of("莘县", "阳谷县人民政府"), List.of("莘县人民政府", "阳谷县人民政府"),
                                "莘县、阳谷县人民政府"),
                        new SharedSuffix.Run(List.of("各县（市、区）人民政府"), List.of("各县（市、区）人民政府"), null),
                        new SharedSuffix.Run(List.of("市城管局"), List.of("市城管局"), null));
    }
}

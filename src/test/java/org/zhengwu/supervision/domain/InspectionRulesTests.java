package org.zhengwu.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InspectionRulesTests {

    @Test
    @DisplayName("WR-70 全市范围全覆盖 only by the municipal committee's and government's unified deployment")
    void wholeCity() {
        assertThat(InspectionRules.wholeCityRefused(true, false)).isTrue();
        assertThat(InspectionRules.wholeCityRefused(true, true)).isFalse();
        assertThat(InspectionRules.wholeCityRefused(false, false)).isFalse();
    }

    @Test
    @DisplayName("WR-70 approval: cross-department in a department's name, or a notice to county governments")
    void approval() {
        assertThat(InspectionRules.needsApproval(true, false, false)).isTrue();
        assertThat(InspectionRules.needsApproval(true, true, false)).isFalse();
        assertThat(InspectionRules.needsApproval(false, false, false)).isFalse();
        assertThat(InspectionRules.needsApproval(false, true, true)).isTrue();
    }
}

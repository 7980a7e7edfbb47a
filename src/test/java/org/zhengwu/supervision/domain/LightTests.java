package org.zhengwu.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LightTests {

    static final LocalDate TODAY = LocalDate.of(2022, 4, 6);
    static final LocalDate YELLOW_UNTIL = LocalDate.of(2022, 4, 13);

    @Test
    @DisplayName("WR-69 red past the due date, yellow up to the pack's bound, green after it")
    void lightsFollowTheDueDate() {
        assertThat(Light.of(false, LocalDate.of(2022, 4, 5), TODAY, YELLOW_UNTIL)).isEqualTo(Light.RED);
        assertThat(Light.of(false, TODAY, TODAY, YELLOW_UNTIL)).isEqualTo(Light.YELLOW);
        assertThat(Light.of(false, YELLOW_UNTIL, TODAY, YELLOW_UNTIL)).isEqualTo(Light.YELLOW);
        assertThat(Light.of(false, LocalDate.of(2022, 4, 14), TODAY, YELLOW_UNTIL)).isEqualTo(Light.GREEN);
    }

    @Test
    @DisplayName("WR-68 a closed item shows no light, however late")
    void closedItemsShowNoLight() {
        assertThat(Light.of(true, LocalDate.of(2022, 1, 1), TODAY, YELLOW_UNTIL)).isEqualTo(Light.NONE);
        assertThat(Light.of(false, null, TODAY, YELLOW_UNTIL)).isEqualTo(Light.NONE);
    }
}

package org.zhengwu.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlanDeadlineTests {

    @Test
    @DisplayName("WA-task 2022年底前: the parser's day is the due date")
    void theParsersDayIsTheDueDate() {
        assertThat(PlanDeadline.of(LocalDate.of(2022, 12, 31), "2022年底前", 2022))
                .isEqualTo(new PlanDeadline.On(LocalDate.of(2022, 12, 31)));
    }

    @Test
    @DisplayName("WA-task 年内 → 31 December of the plan year")
    void withinTheYearIsTheLastDayOfThePlanYear() {
        assertThat(PlanDeadline.of(null, "年内", 2022)).isEqualTo(new PlanDeadline.On(LocalDate.of(2022, 12, 31)));
        assertThat(PlanDeadline.of(null, "年底前", 2023)).isEqualTo(new PlanDeadline.On(LocalDate.of(2023, 12, 31)));
    }

    @Test
    @DisplayName("WA-task no deadline → ongoing work reported on a cycle; standing work likewise")
    void noDeadlineIsOngoing() {
        assertThat(PlanDeadline.of(null, null, 2022)).isInstanceOf(PlanDeadline.Ongoing.class);
        assertThat(PlanDeadline.of(null, " ", 2022)).isInstanceOf(PlanDeadline.Ongoing.class);
        assertThat(PlanDeadline.of(null, "长期坚持", 2022)).isInstanceOf(PlanDeadline.Ongoing.class);
    }

    @Test
    @DisplayName("WA-task a deadline that cannot be read is flagged with its text, never guessed")
    void unreadableDeadlineIsFlagged() {
        assertThat(PlanDeadline.of(null, "汛期前后", 2022)).isEqualTo(new PlanDeadline.Unreadable("汛期前后"));
    }
}

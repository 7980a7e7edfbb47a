package org.zhengwu.rulepack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.rulepack.Ladder.Action;
import org.zhengwu.rulepack.Ladder.Trigger;

class RulePackReaderTests {

    static String shipped() throws IOException {
        try (var in = RulePackReaderTests.class.getResourceAsStream("/rulepacks/liaocheng-2022.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("WR-57 the shipped pack answers ordinary matters in 5 working days, special ones in 10")
    void shippedPackCarriesReplyLimits() throws IOException {
        var pack = RulePackReader.read(shipped());
        assertThat(pack.id()).isEqualTo("liaocheng-2022");
        assertThat(pack.replyLimits().rule().value()).isEqualTo("WR-57");
        assertThat(pack.replyLimits().ordinary()).isEqualTo(5);
        assertThat(pack.replyLimits().special()).isEqualTo(10);
        assertThat(pack.replyLimits().forwarded()).isEqualTo(5);
    }

    @Test
    @DisplayName("WR-76 leave is asked 3 calendar days ahead, of the mayor, with the meeting exemptions")
    void shippedPackCarriesLeavePolicy() throws IOException {
        var leave = RulePackReader.read(shipped()).leave();
        assertThat(leave.noticeDays()).isEqualTo(3);
        assertThat(leave.noticeUnit()).isEqualTo("CALENDAR_DAYS");
        assertThat(leave.approverPost()).isEqualTo("MAYOR");
        assertThat(leave.appliesTo("VICE_MAYOR")).isTrue();
        assertThat(leave.appliesTo("MAYOR")).isFalse();
        assertThat(leave.isExemption("MUNICIPAL_MEETING")).isTrue();
    }

    @Test
    @DisplayName("WR-6 and WR-8: the executive vice-mayor presides for the mayor; a substitute for a vice-mayor")
    void shippedPackCarriesDelegation() throws IOException {
        var delegation = RulePackReader.read(shipped()).delegation();
        assertThat(delegation.mayorAbsentRule().value()).isEqualTo("WR-6");
        assertThat(delegation.mayorActingPost()).isEqualTo("EXECUTIVE_VICE_MAYOR");
        assertThat(delegation.viceMayorAbsentRule().value()).isEqualTo("WR-8");
    }

    @Test
    @DisplayName("WR-57 and WA-4.3 ladders: deadline steps at 0/+2/+5, consecutive steps at 1/2/3")
    void shippedPackCarriesLadders() throws IOException {
        var pack = RulePackReader.read(shipped());
        var reply = pack.ladder("reply-overdue").orElseThrow();
        assertThat(reply.trigger()).isEqualTo(Trigger.DEADLINE);
        assertThat(reply.steps()).extracting(Ladder.Step::after).containsExactly(0, 2, 5);
        assertThat(reply.steps()).extracting(Ladder.Step::action)
                .containsExactly(Action.REMINDER, Action.YELLOW_NOTICE, Action.RED_NOTICE);
        var water = pack.ladder("section-exceedance").orElseThrow();
        assertThat(water.rule().value()).isEqualTo("WA-4.3");
        assertThat(water.reset()).isEqualTo(Ladder.Reset.COMPLIANT_PERIOD);
        assertThat(water.steps()).extracting(Ladder.Step::count).containsExactly(1, 2, 3);
    }

    @Test
    void namesTheKeyOfAMissingNumber() throws IOException {
        var broken = shipped().replace("  ordinary: 5\n", "");
        assertThatThrownBy(() -> RulePackReader.read(broken))
                .isInstanceOfSatisfying(RulePackInvalid.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.key()).isEqualTo("replyLimits.ordinary")));
    }

    @Test
    void namesTheStepOfALadderOutOfOrder() throws IOException {
        var broken = shipped().replace("{ after: 2, action: YELLOW_NOTICE", "{ after: -1, action: YELLOW_NOTICE");
        assertThatThrownBy(() -> RulePackReader.read(broken))
                .isInstanceOfSatisfying(RulePackInvalid.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.key()).isEqualTo("ladders[0].steps[1]")));
    }

    @Test
    void refusesAnUnknownRecipientAndAnUnknownAction() throws IOException {
        var broken = shipped().replace("role:OFFICE_STAFF] }\n      - { after: 2", "role:JANITOR] }\n      - { after: 2")
                .replace("action: RED_NOTICE", "action: SCOLD");
        assertThatThrownBy(() -> RulePackReader.read(broken))
                .isInstanceOfSatisfying(RulePackInvalid.class, e -> assertThat(e.problems())
                        .extracting(RulePackInvalid.Problem::key)
                        .contains("ladders[0].steps[0].recipients[1]", "ladders[0].steps[2].action"));
    }

    @Test
    void refusesAPackThatIsNotYaml() {
        assertThatThrownBy(() -> RulePackReader.read("id: [unclosed"))
                .isInstanceOf(RulePackInvalid.class)
                .hasMessage("rulepack.invalid");
        assertThatThrownBy(() -> RulePackReader.read("just text"))
                .isInstanceOfSatisfying(RulePackInvalid.class,
                        e -> assertThat(e.problems().getFirst().problem()).contains("not a YAML mapping"));
    }

    @Test
    void refusesAnUnknownPostKindInTheLeavePolicy() throws IOException {
        var broken = shipped().replace("approverPost: MAYOR", "approverPost: KING");
        assertThatThrownBy(() -> RulePackReader.read(broken))
                .isInstanceOfSatisfying(RulePackInvalid.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.key()).isEqualTo("leave.approverPost")));
    }

    @Test
    @DisplayName("a module's own section is read by its reader and carried by the pack")
    void moduleSectionIsRead() throws IOException {
        var pack = RulePackReader.read(shipped() + "\nexampleSection:\n  limit: 3\n  names: [甲, 乙]\n  strict: true\n");
        assertThat(pack.section(ExampleSection.class))
                .isEqualTo(new ExampleSection.Value(3, java.util.List.of("甲", "乙"), true));
        assertThat(pack.hasSection(ExampleSection.class)).isTrue();
    }

    @Test
    @DisplayName("a problem in a module's section refuses the pack and names the key")
    void moduleSectionProblemNamesKey() {
        assertThatThrownBy(() -> RulePackReader.read(shipped() + "\nexampleSection:\n  limit: 30\n  names: [甲]\n"))
                .isInstanceOfSatisfying(RulePackInvalid.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.toString()).contains("exampleSection.limit")));
    }

    @Test
    @DisplayName("an optional module section may be absent")
    void optionalSectionMayBeAbsent() throws IOException {
        assertThat(RulePackReader.read(shipped()).hasSection(ExampleSection.class)).isFalse();
    }
}

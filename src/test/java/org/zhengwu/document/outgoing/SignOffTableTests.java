package org.zhengwu.document.outgoing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.rulepack.RulePackReader;

/** WR-59 公文签发权限: the pack's table, one test per row (a row without a test fails the last test). */
class SignOffTableTests {

    static final OutgoingRules RULES = liaocheng();
    static final SignOffTable TABLE = new SignOffTable(RULES.signOff());
    static final Set<String> TESTED = new TreeSet<>();

    static OutgoingRules liaocheng() {
        try (var in = SignOffTableTests.class.getResourceAsStream("/rulepacks/liaocheng-2022.yaml")) {
            return RulePackReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)).section(OutgoingSection.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SignOffRow decide(Issuer issuer, Category category, int portfolios, boolean disputed, boolean escalated) {
        var row = TABLE.decide(new SignOffCase(issuer, category, portfolios, disputed, escalated)).orElseThrow();
        TESTED.add(row.id());
        return row;
    }

    @Test
    @DisplayName("WR-59.1 a request or report to the province, or major policy: the mayor (or who presides, WR-6)")
    void requestsToTheProvinceAndMajorPolicyAreSignedByTheMayor() {
        for (var category : List.of(Category.REQUEST_TO_PROVINCE, Category.MAJOR_POLICY)) {
            var row = decide(Issuer.GOVERNMENT, category, 2, true, false);
            assertThat(row.id()).isEqualTo("59.1");
            assertThat(row.rule().value()).isEqualTo("WR-59.1");
            assertThat(row.signers()).containsExactly(Signer.MAYOR);
            assertThat(row.coSigners()).isFalse();
        }
    }

    @Test
    @DisplayName("WR-59.2 a proposal to the people's congress standing committee, or a normative document: the mayor")
    void proposalsAndNormativeDocumentsAreSignedByTheMayor() {
        for (var category : List.of(Category.PROPOSAL_TO_NPC_STANDING_COMMITTEE, Category.NORMATIVE)) {
            var row = decide(Issuer.GOVERNMENT, category, 1, false, false);
            assertThat(row.id()).isEqualTo("59.2");
            assertThat(row.signers()).containsExactly(Signer.MAYOR);
        }
    }

    @Test
    @DisplayName("WR-59.3 appointments and removals: the mayor")
    void appointmentsAreSignedByTheMayor() {
        var row = decide(Issuer.GOVERNMENT, Category.APPOINTMENT, 1, false, false);
        assertThat(row.id()).isEqualTo("59.3");
        assertThat(row.signers()).containsExactly(Signer.MAYOR);
    }

    @Test
    @DisplayName("WR-59.4 travel abroad of a county head, zone director or department head: the mayor")
    void travelAbroadIsSignedByTheMayor() {
        var row = decide(Issuer.GOVERNMENT, Category.TRAVEL_ABROAD, 1, false, false);
        assertThat(row.id()).isEqualTo("59.4");
        assertThat(row.signers()).containsExactly(Signer.MAYOR);
    }

    @Test
    @DisplayName("WR-59.6 decided by the executive meeting, or a routine approval: the mayor or whom the mayor authorised")
    void executiveMeetingMattersAndRoutineApprovalsMayBeSignedByTheAuthorised() {
        for (var category : List.of(Category.EXECUTIVE_MEETING_DECIDED, Category.ROUTINE_APPROVAL)) {
            var row = decide(Issuer.GOVERNMENT, category, 3, false, false);
            assertThat(row.id()).isEqualTo("59.6");
            assertThat(row.signers()).containsExactly(Signer.MAYOR, Signer.AUTHORISED_BY_MAYOR);
        }
        assertThat(RULES.authorisablePostKinds()).containsExactlyInAnyOrder("EXECUTIVE_VICE_MAYOR", "VICE_MAYOR",
                "SECRETARY_GENERAL");
    }

    @Test
    @DisplayName("WR-59.5 another government document in one portfolio: the vice-mayor in charge, no co-signers")
    void otherDocumentsAreSignedByTheViceMayorInCharge() {
        var row = decide(Issuer.GOVERNMENT, Category.OTHER, 1, false, false);
        assertThat(row.id()).isEqualTo("59.5");
        assertThat(row.signers()).containsExactly(Signer.VICE_MAYOR_IN_CHARGE);
        assertThat(row.coSigners()).isFalse();
    }

    @Test
    @DisplayName("WR-59.5 several vice-mayors' portfolios: the one in charge signs, the others co-sign (会签)")
    void severalPortfoliosAreCoSigned() {
        var row = decide(Issuer.GOVERNMENT, Category.OTHER, 2, false, false);
        assertThat(row.id()).isEqualTo("59.5-several");
        assertThat(row.signers()).containsExactly(Signer.VICE_MAYOR_IN_CHARGE);
        assertThat(row.coSigners()).isTrue();
    }

    @Test
    @DisplayName("WR-59.5 broad or disputed: the mayor or the executive vice-mayor, whatever the portfolios")
    void broadOrDisputedGoesToTheMayorOrExecutiveViceMayor() {
        for (int portfolios : new int[] {1, 3}) {
            var row = decide(Issuer.GOVERNMENT, Category.OTHER, portfolios, true, false);
            assertThat(row.id()).isEqualTo("59.5-broad");
            assertThat(row.signers()).containsExactly(Signer.MAYOR, Signer.EXECUTIVE_VICE_MAYOR);
        }
    }

    @Test
    @DisplayName("WR-59.7 a General Office document: the secretary-general, whatever its category")
    void generalOfficeDocumentsAreSignedByTheSecretaryGeneral() {
        for (var category : Category.values()) {
            var row = decide(Issuer.GENERAL_OFFICE, category, 2, true, false);
            assertThat(row.id()).isEqualTo("59.7");
            assertThat(row.signers()).containsExactly(Signer.SECRETARY_GENERAL);
        }
    }

    @Test
    @DisplayName("WR-59.7 a General Office document referred up: the vice-mayor in charge or the mayor")
    void anEscalatedGeneralOfficeDocumentGoesToTheLeaders() {
        var row = decide(Issuer.GENERAL_OFFICE, Category.OTHER, 1, false, true);
        assertThat(row.id()).isEqualTo("59.7-escalated");
        assertThat(row.signers()).containsExactly(Signer.VICE_MAYOR_IN_CHARGE, Signer.MAYOR);
    }

    @Test
    @DisplayName("WR-59 a department's own document is not in the government's table")
    void departmentDocumentsAreOutsideTheTable() {
        assertThat(TABLE.decide(new SignOffCase(Issuer.DEPARTMENT, Category.OTHER, 1, false, false))).isEmpty();
    }

    @AfterAll
    static void everyRowOfThePackHasATest() {
        var rows = new TreeSet<String>();
        RULES.signOff().forEach(r -> rows.add(r.id()));
        assertThat(TESTED).as("rows of the WR-59 table decided by a test").isEqualTo(rows);
    }
}

package org.zhengwu.document.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.rulepack.RulePackInvalid;
import org.zhengwu.rulepack.RulePackReader;

/** The pack's documentOutgoing section: read, and refused with the key of a mistake. */
class OutgoingSectionTests {

    static final OutgoingRules RULES = SignOffTableTests.RULES;

    @Test
    @DisplayName("WR-58 the review chain: business deputy (else the deputy for documents), deputy for documents, secretary-general")
    void readsTheReviewChain() {
        assertThat(RULES.chainRule().value()).isEqualTo("WR-58");
        assertThat(RULES.chain()).extracting(OutgoingRules.ReviewStep::id)
                .containsExactly("BUSINESS_REVIEW", "DOCUMENTS_REVIEW", "APPROVAL");
        assertThat(RULES.chain().getFirst().reviewers()).containsExactly(Reviewer.BUSINESS_DEPUTY, Reviewer.DOCUMENTS_DEPUTY);
    }

    @Test
    @DisplayName("number prefixes per issuer and category: 聊政任, 聊政字, 聊政发, 聊政办发, 聊政办字")
    void readsTheNumberPrefixes() {
        assertThat(RULES.prefixFor(Issuer.GOVERNMENT, Category.APPOINTMENT)).contains("聊政任");
        assertThat(RULES.prefixFor(Issuer.GOVERNMENT, Category.REQUEST_TO_PROVINCE)).contains("聊政字");
        assertThat(RULES.prefixFor(Issuer.GOVERNMENT, Category.NORMATIVE)).contains("聊政发");
        assertThat(RULES.prefixFor(Issuer.GENERAL_OFFICE, Category.MAJOR_POLICY)).contains("聊政办发");
        assertThat(RULES.prefixFor(Issuer.GENERAL_OFFICE, Category.OTHER)).contains("聊政办字");
        assertThat(RULES.prefixFor(Issuer.DEPARTMENT, Category.OTHER)).isEmpty();
    }

    @Test
    @DisplayName("WR-22, WR-36, WR-60 preconditions come from the pack")
    void readsThePreconditions() {
        assertThat(RULES.legalityReview().rule().value()).isEqualTo("WR-22");
        assertThat(RULES.legalityReview().appliesTo(Category.NORMATIVE)).isTrue();
        assertThat(RULES.interpretation().rule().value()).isEqualTo("WR-36");
        assertThat(RULES.approvalPhrase()).isEqualTo("经市政府同意");
    }

    @Test
    void anUnknownSignerIsRefusedNamingItsKey() throws Exception {
        String pack;
        try (var in = getClass().getResourceAsStream("/rulepacks/liaocheng-2022.yaml")) {
            pack = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var broken = pack.replace("signers: [SECRETARY_GENERAL] }", "signers: [TREASURER] }");
        assertThatThrownBy(() -> RulePackReader.read(broken)).isInstanceOfSatisfying(RulePackInvalid.class,
                e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.key()).isEqualTo("documentOutgoing.signOff.rows[9].signers");
                    assertThat(p.problem()).contains("TREASURER");
                }));
    }
}

package org.zhengwu.gazette.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GB/T 9704 7.3.1: titles break into even lines at the joints of their grammar. */
class TitleLinesTests {

    static final double WIDTH = TitleHtml.TITLE_LINE_EM;

    @Test
    void aTitleThatFitsStaysOnOneLine() {
        assertThat(TitleLines.of("聊城市人民政府工作规则", WIDTH)).containsExactly("聊城市人民政府工作规则");
    }

    @Test
    @DisplayName("7.3.1 回行: the issuer and 关于印发 above, what is issued below")
    void breaksANoticeTitleAfterItsVerb() {
        assertThat(TitleLines.of("聊城市人民政府关于印发聊城市人民政府工作规则的通知", WIDTH))
                .containsExactly("聊城市人民政府关于印发", "聊城市人民政府工作规则的通知");
    }

    @Test
    void breaksBeforeAWordOfTheMatterRatherThanInsideAWord() {
        assertThat(TitleLines.of("聊城市市级专业应急救援队伍建设管理实施细则", WIDTH))
                .containsExactly("聊城市市级专业应急救援队伍", "建设管理实施细则");
    }

    @Test
    void takesALineMoreRatherThanBreakInsideAWord() {
        assertThat(TitleLines.of("聊城市人民政府办公室关于印发聊城市市级专业应急救援队伍建设管理实施细则的通知", WIDTH))
                .containsExactly("聊城市人民政府办公室关于印发", "聊城市市级专业应急救援队伍", "建设管理实施细则的通知");
    }

    @Test
    void breaksAStateCouncilTitleBeforeTheVerbOfItsSecondPart() {
        assertThat(TitleLines.of("国务院办公厅关于进一步优化营商环境降低市场主体制度性交易成本的意见", WIDTH))
                .containsExactly("国务院办公厅关于进一步优化营商环境", "降低市场主体制度性交易成本的意见");
    }

    @Test
    void neverSplitsANumberNorStartsALineWithClosingPunctuation() {
        var lines = TitleLines.of("聊城市人民政府办公室关于退回聊应急字〔2022〕12号请示的函，并请重新报送有关材料的通知", WIDTH);
        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> {
            assertThat(Widths.em(line)).isLessThanOrEqualTo(WIDTH);
            assertThat(line).doesNotStartWith("，").doesNotStartWith("〕").doesNotEndWith("〔");
        });
        assertThat(String.join("|", lines)).doesNotContain("20|22").doesNotContain("1|2号");
    }

    @Test
    void keepsTheLinesOfALongTitleNearlyEven() {
        var title = "聊城市人民政府办公室关于印发聊城市人民政府2022—2026年立法规划及2022年立法工作计划和有关配套制度的通知";
        var lines = TitleLines.of(title, WIDTH);
        assertThat(String.join("", lines)).isEqualTo(title);
        var widths = lines.stream().mapToDouble(Widths::em).toArray();
        assertThat(lines).hasSize(3);
        assertThat(java.util.Arrays.stream(widths).max().orElseThrow() - java.util.Arrays.stream(widths).min().orElseThrow())
                .isLessThanOrEqualTo(6);
    }

    @Test
    void cutsAnOverlongTextIntoLinesThatFit() {
        var text = "应急".repeat(300);
        var lines = TitleLines.of(text, WIDTH);
        assertThat(String.join("", lines)).isEqualTo(text);
        assertThat(lines).allSatisfy(line -> assertThat(Widths.em(line)).isLessThanOrEqualTo(WIDTH));
    }
}

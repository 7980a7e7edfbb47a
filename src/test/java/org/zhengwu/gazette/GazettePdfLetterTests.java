package org.zhengwu.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import static org.zhengwu.gazette.PdfInspection.PT_PER_MM;
import static org.zhengwu.gazette.PdfInspection.compact;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GB/T 9704-2012 10.1 信函格式, as a 退文 notice uses it. */
class GazettePdfLetterTests {

    /** A 退文 notice of the kind the documents desk sends (issue 4), long enough for two pages. */
    static LetterContent returnNotice(int extraParagraphs) {
        var paragraphs = new ArrayList<>(List.of(
                "你单位报送的《关于申请拨付防汛物资储备资金和调整排水管网建设用地的请示》（聊应急字〔2022〕12号）经审核，"
                        + "不符合《聊城市人民政府工作规则》第五十六条的规定，现予退回。",
                "一、请示一文多事：同时请求拨付资金和调整建设用地两个事项（第五十六条第（四）项）。",
                "二、未在附注位置注明联系人和联系电话（第五十六条第（二）项）。",
                "请修改后重新报送。"));
        for (int i = 1; i <= extraParagraphs; i++) {
            paragraphs.add("涉及资金、土地、项目、规划等重大事项的，应当附重大行政决策程序材料，由主要负责同志签发后报送（" + i + "）。");
        }
        return new LetterContent("聊城市人民政府办公室", "聊政办函〔2022〕5号", "聊城市人民政府办公室关于退回聊应急字〔2022〕12号请示的函",
                List.of("市应急局"), paragraphs, "聊城市人民政府办公室", LocalDate.of(2022, 3, 28), "联系人：王敏，电话：0635-8456789",
                List.of("市财政局", "市自然资源和规划局"));
    }

    final byte[] pdf = GazettePdf.standalone().renderLetter(returnNotice(12));

    @Test
    void holdsEveryPartOfTheLetterInOrder() {
        var text = compact(PdfInspection.text(pdf));
        assertThat(text).containsSubsequence("聊城市人民政府办公室", "聊政办函〔2022〕5号", "聊城市人民政府办公室关于退回聊应急字〔2022〕12号请示的函",
                "市应急局：", "一、请示一文多事", "请修改后重新报送。", "聊城市人民政府办公室2022年3月28日",
                "（联系人：王敏，电话：0635-8456789）", "抄送：市财政局，市自然资源和规划局。");
        assertThat(text).doesNotContain("印发");
    }

    @Test
    @DisplayName("10.1 首页不显示页码; the pages after it are numbered")
    void theFirstPageHasNoNumberAndTheSecondHasOne() throws IOException {
        try (var doc = PdfInspection.open(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
        assertThat(PdfInspection.text(pdf, 1, 1)).doesNotContain("— 1 —");
        assertThat(PdfInspection.text(pdf, 2, 2)).contains("— 2 —");
    }

    @Test
    @DisplayName("10.1 the mark 30 mm from the top; red double lines of 170 mm below it and 20 mm above the foot")
    void theFirstPageHasTheRedMarkAndTheTwoRedDoubleLines() {
        var image = PdfInspection.image(pdf, 1);
        assertThat(PdfInspection.redPixels(image, 0, 29)).isZero();
        assertThat(PdfInspection.redPixels(image, 30, 45)).isGreaterThan(2000);
        var headRows = PdfInspection.redRows(image, 40, 70, 165);
        var footRows = PdfInspection.redRows(image, 260, 297, 165);
        var head = PdfInspection.bands(headRows);
        var foot = PdfInspection.bands(footRows);
        assertThat(head).hasSize(2);
        assertThat(foot).hasSize(2);
        assertThat(thickness(headRows, head.get(0))).as("thick over thin").isGreaterThan(thickness(headRows, head.get(1)));
        assertThat(thickness(footRows, foot.get(0))).as("thin over thick").isLessThan(thickness(footRows, foot.get(1)));
        assertThat(PdfInspection.redRunMm(image, head.getFirst())).isCloseTo(170, offset(1.5));
        assertThat(297 - (foot.getLast() + 2) / PT_PER_MM).isCloseTo(20, offset(1.5));
        assertThat(PdfInspection.redRows(PdfInspection.image(pdf, 2), 0, 297, 100)).isEmpty();
    }

    /** How many consecutive rows a band of red rows starting at {@code start} has. */
    static int thickness(List<Integer> rows, int start) {
        int n = 0;
        while (rows.contains(start + n)) {
            n++;
        }
        return n;
    }

    @Test
    void theNumberStandsFlushRightUnderTheDoubleLine() {
        var number = PdfInspection.lines(pdf, 1).stream().filter(l -> l.text().startsWith("聊政办函")).findFirst().orElseThrow();
        assertThat(number.right()).isCloseTo((28 + 156) * PT_PER_MM, offset(1.0));
    }

    @Test
    void aOnePageLetterHasNoPageNumberAtAll() {
        var full = returnNotice(0);
        var shortLetter = GazettePdf.standalone().renderLetter(new LetterContent(full.issuerMark(), full.docNumber(), full.title(),
                full.addressees(), full.paragraphs().subList(0, 2), full.signature(), full.date(), full.note(), full.copyTo()));
        assertThat(PdfInspection.text(shortLetter)).doesNotContain("—");
    }

    @Test
    void aLetterNeedsAnIssuerMarkAndATitle() {
        assertThatThrownBy(() -> new LetterContent(" ", null, "标题", null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.zhengwu.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.zhengwu.gazette.PdfInspection.PT_PER_MM;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.gazette.PdfInspection.Line;

/** GB/T 9704-2012 measured on the rendered work rules: the grid, the page numbers, the red head. */
class GazettePdfLayoutTests {

    static final double TOP = 37 * PT_PER_MM;
    static final double TYPE_BOTTOM = (37 + 225) * PT_PER_MM;
    static final double BODY_PT = 15.75;

    final byte[] pdf = RenderedSeed.pdf(RenderedSeed.WORK_RULES);

    @Test
    @DisplayName("5.2.3 一般每面排22行，每行排28个字")
    void aFullPageHasTwentyTwoLinesOfAtMostTwentyEightCharactersOnOnePitch() {
        for (int page = 3; page <= 5; page++) {
            assertFullPage(page, bodyLines(PdfInspection.lines(pdf, page)));
        }
        // 撑满版心: the lines that do not end a paragraph reach the right edge
        double right = left(3) + 156 * PT_PER_MM;
        assertThat(bodyLines(PdfInspection.lines(pdf, 3)).stream().filter(l -> l.right() > right - 1)).hasSizeGreaterThan(11);
    }

    private static void assertFullPage(int page, List<Line> body) {
        assertThat(body).as("page %d", page).hasSize(22);
        assertThat(body).allSatisfy(line -> {
            assertThat(line.fullWidthCharacters()).isLessThanOrEqualTo(28);
            assertThat(line.x()).isGreaterThanOrEqualTo(left(page) - 0.5);
            assertThat(line.right()).isLessThanOrEqualTo(left(page) + 156 * PT_PER_MM + 0.5);
        });
        for (int i = 1; i < body.size(); i++) {
            assertThat(body.get(i).y() - body.get(i - 1).y()).isCloseTo(28.95, offset(0.1));
        }
        assertThat(body.getFirst().y()).isBetween(TOP, TOP + 28.95);
        assertThat(body.getLast().y()).isBetween(TYPE_BOTTOM - 28.95, TYPE_BOTTOM);
    }

    @Test
    void theFirstPageKeepsTheBodyWithinTwentyEightCharacters() {
        var body = bodyLines(PdfInspection.lines(pdf, 1));
        assertThat(body).hasSizeGreaterThan(4).allSatisfy(line -> {
            assertThat(line.fullWidthCharacters()).isLessThanOrEqualTo(28);
            assertThat(line.right()).isLessThanOrEqualTo(left(1) + 156 * PT_PER_MM + 0.5);
        });
    }

    @Test
    @DisplayName("7.5 页码: — 1 — 7 mm below the type area, odd pages right, even pages left, 1 character in")
    void pageNumbersAlternateBetweenTheOuterSides() {
        var odd = pageNumber(1, "— 1 —");
        var even = pageNumber(2, "— 2 —");
        assertThat(odd.y()).isBetween(TYPE_BOTTOM + 5 * PT_PER_MM, TYPE_BOTTOM + 12 * PT_PER_MM);
        assertThat(even.y()).isCloseTo(odd.y(), offset(0.5));
        assertThat(odd.x()).isGreaterThan(595.0 / 2);
        assertThat(even.x()).isCloseTo(26 * PT_PER_MM + 14, offset(2.0));   // 订口 on the right of an even page
    }

    @Test
    @DisplayName("7.2.4 / 7.2.7 发文机关标志 in red 35 mm below the type area's top; the red line below the number")
    void theHeadHasTheRedMarkAndTheRedLineAcrossTheTypeArea() {
        var image = PdfInspection.image(pdf, 1);
        assertThat(PdfInspection.redPixels(image, 0, 37 + 33)).isZero();
        assertThat(PdfInspection.redPixels(image, 37 + 35, 37 + 35 + 16)).isGreaterThan(2000);
        var rules = PdfInspection.bands(PdfInspection.redRows(image, 37 + 52, 37 + 100, 150));
        assertThat(rules).hasSize(1);
        assertThat(PdfInspection.redRunMm(image, rules.getFirst())).isCloseTo(156, offset(1.5));
        var number = PdfInspection.lines(pdf, 1).stream().filter(l -> l.text().contains("聊政发")).findFirst().orElseThrow();
        assertThat(rules.getFirst() - number.y()).isBetween(4 * PT_PER_MM, 4 * PT_PER_MM + 5);   // below the glyphs' descent
        assertThat(PdfInspection.redPixels(image, rules.getFirst() / PT_PER_MM + 3, 297)).isZero();
    }

    @Test
    @DisplayName("7.3.1 标题 in 2号, two lines below the red line; 7.3.2 主送机关 flush left")
    void theTitleIsLargeAndCentredAndTheAddresseesFlushLeft() {
        var lines = PdfInspection.lines(pdf, 1);
        var title = lines.stream().filter(l -> l.size() > 20 && l.size() < 24).toList();
        assertThat(title).extracting(Line::text).containsExactly("聊城市人民政府关于印发", "聊城市人民政府工作规则的通知");
        double centre = (28 + 156.0 / 2) * PT_PER_MM;
        double firstWidth = 11 * title.getFirst().size();
        assertThat(title.getFirst().x() + firstWidth / 2).isCloseTo(centre, offset(3.0));
        var addressees = lines.stream().filter(l -> l.text().startsWith("各县")).findFirst().orElseThrow();
        assertThat(addressees.x()).isCloseTo(28 * PT_PER_MM, offset(1.0));
    }

    /** The type area's left edge: 订口 28 mm on odd pages, 26 mm on even ones. */
    static double left(int page) {
        return (page % 2 == 1 ? 28 : 26) * PT_PER_MM;
    }

    static List<Line> bodyLines(List<Line> lines) {
        return lines.stream().filter(l -> Math.abs(l.size() - BODY_PT) < 0.1).toList();
    }

    private Line pageNumber(int page, String text) {
        return PdfInspection.lines(pdf, page).stream().filter(l -> l.text().equals(text)).findFirst().orElseThrow();
    }
}

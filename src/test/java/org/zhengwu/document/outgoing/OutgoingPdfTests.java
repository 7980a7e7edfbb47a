package org.zhengwu.document.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.zhengwu.document.outgoing.OutgoingFixture.as;
import static org.zhengwu.document.outgoing.OutgoingFixture.draft;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.IntegrationTest;
import org.zhengwu.gazette.PdfInspection;
import org.zhengwu.kernel.Role;

/**
 * The released PDF's 版头: the 密级和保密期限 and the 紧急程度 at the top left (GB/T 9704-2012 7.2.2, 7.2.3),
 * the issuer mark where 7.2.4 puts it.
 */
@IntegrationTest
class OutgoingPdfTests extends OutgoingTestBase {

    static final double TOP_PT = 37 * PdfInspection.PT_PER_MM;
    static final double LEFT_PT = 28 * PdfInspection.PT_PER_MM;
    static final double LINE_PT = 28.95;

    byte[] released(OutgoingFixture.Builder builder) {
        var id = approved(builder);
        signs(id, "vm1", Role.VICE_MAYOR);
        as(gov.office(), () -> release.release(id));
        return release.pdf(id).orElseThrow();
    }

    static PdfInspection.Line line(List<PdfInspection.Line> lines, String text) {
        return lines.stream().filter(l -> PdfInspection.compact(l.text()).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + text + " in " + lines));
    }

    /** The issuer mark's first line: the first line printed larger than the title's 2号. */
    static PdfInspection.Line mark(List<PdfInspection.Line> lines) {
        return lines.stream().filter(l -> l.size() > 23).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("GB/T 9704 7.2.2 a classified document prints its 密级 flush left on the second line of the type area, above the issuer mark")
    void aClassifiedDocumentPrintsItsClassificationTopLeft() {
        var secret = PdfInspection.lines(released(draft(Issuer.GOVERNMENT, Category.OTHER).classified(Classification.SECRET)
                .title("关于机密事项的通知" + gov.prefix)), 1);
        var open = PdfInspection.lines(released(draft(Issuer.GOVERNMENT, Category.OTHER).title("关于公开事项的通知" + gov.prefix)), 1);
        var classification = line(secret, "机密");
        assertThat(classification.x()).isCloseTo(LEFT_PT, within(2.0));
        assertThat(classification.y()).isBetween(TOP_PT + LINE_PT, TOP_PT + 2 * LINE_PT);
        assertThat(secret.getFirst()).isEqualTo(classification);
        // 7.2.4: the mark keeps its place, 35 mm below the type area, whatever stands above it
        assertThat(mark(secret).text()).startsWith(gov.name("gov"));
        assertThat(mark(secret).y()).isCloseTo(mark(open).y(), within(1.0));

        assertThat(open).noneMatch(l -> l.text().contains("机密") || l.text().contains("秘密") || l.text().contains("绝密"));
    }

    @Test
    @DisplayName("GB/T 9704 7.2.2 秘密 and 绝密 are printed by their names")
    void eachLevelPrintsItsName() {
        var confidential = PdfInspection.lines(released(draft(Issuer.GOVERNMENT, Category.OTHER)
                .classified(Classification.CONFIDENTIAL).title("关于秘密事项的通知" + gov.prefix)), 1);
        var topSecret = PdfInspection.lines(released(draft(Issuer.GOVERNMENT, Category.OTHER)
                .classified(Classification.TOP_SECRET).title("关于绝密事项的通知" + gov.prefix)), 1);
        assertThat(confidential.getFirst().text().strip()).isEqualTo("秘密");
        assertThat(topSecret.getFirst().text().strip()).isEqualTo("绝密");
    }

    @Test
    @DisplayName("GB/T 9704 7.2.2, 7.2.3 机密★1年 on the second line, 特急 on the line below it, flush left, above the issuer mark")
    void aClassifiedUrgentDocumentPrintsLevelWithPeriodThenUrgency() {
        var marked = PdfInspection.lines(released(draft(Issuer.GOVERNMENT, Category.OTHER)
                .classified(Classification.SECRET).secrecyPeriod(1).urgency(Urgency.EXTRA_URGENT)
                .title("关于机密急件的通知" + gov.prefix)), 1);
        var open = PdfInspection.lines(released(draft(Issuer.GOVERNMENT, Category.OTHER).title("关于普通事项的通知" + gov.prefix)), 1);
        var classification = line(marked, "机密★1年");
        var urgency = line(marked, "特急");
        assertThat(marked.get(0)).isEqualTo(classification);
        assertThat(marked.get(1)).isEqualTo(urgency);
        assertThat(classification.x()).isCloseTo(LEFT_PT, within(2.0));
        assertThat(urgency.x()).isCloseTo(LEFT_PT, within(2.0));
        assertThat(classification.y()).isBetween(TOP_PT + LINE_PT, TOP_PT + 2 * LINE_PT);
        assertThat(urgency.y() - classification.y()).isCloseTo(LINE_PT, within(2.0));
        assertThat(mark(marked).y()).isGreaterThan(urgency.y());
        assertThat(mark(marked).y()).isCloseTo(mark(open).y(), within(1.0));
        assertThat(open).noneMatch(l -> l.text().contains("特急") || l.text().contains("加急") || l.text().contains("★"));
    }

    @Test
    @DisplayName("GB/T 9704 7.2.3 an unclassified 加急 document prints its urgency alone on the first line")
    void anUnclassifiedUrgentDocumentPrintsItsUrgencyOnTheFirstLine() {
        var urgent = PdfInspection.lines(released(draft(Issuer.GOVERNMENT, Category.OTHER).urgency(Urgency.URGENT)
                .title("关于加急事项的通知" + gov.prefix)), 1);
        var urgency = line(urgent, "加急");
        assertThat(urgent.getFirst()).isEqualTo(urgency);
        assertThat(urgency.x()).isCloseTo(LEFT_PT, within(2.0));
        assertThat(urgency.y()).isBetween(TOP_PT, TOP_PT + LINE_PT);
    }
}

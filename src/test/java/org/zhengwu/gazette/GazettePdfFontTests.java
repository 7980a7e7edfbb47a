package org.zhengwu.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengwu.platform.cli.CliErrors;

/** The facade without a font, and from several threads at once. */
class GazettePdfFontTests {

    @TempDir
    Path dir;

    @Test
    void withoutItsFontEveryRenderingIsTheClearErrorNamingThePackage() {
        var pdf = new GazettePdf(dir.resolve("missing.ttc").toString());
        var doc = SeedGazette.document(RenderedSeed.RESCUE_RULES);
        assertThatThrownBy(() -> pdf.render(doc, RenderOptions.standard()))
                .isInstanceOfSatisfying(PdfFontMissing.class, e -> assertThat(CliErrors.message(e))
                        .startsWith("zhengwu.pdf.font: 字体文件不存在")
                        .contains("apt-get install fonts-wqy-zenhei")
                        .doesNotContain("Exception"));
        assertThatThrownBy(() -> pdf.renderLetter(GazettePdfLetterTests.returnNotice(0))).isInstanceOf(PdfFontMissing.class);
    }

    @Test
    void rendersOnSeveralThreadsAtOnceWhatItRendersAlone() throws Exception {
        var pdf = GazettePdf.standalone();
        var rescue = SeedGazette.document(RenderedSeed.RESCUE_RULES);
        var letter = GazettePdfLetterTests.returnNotice(3);
        var alone = PdfInspection.text(pdf.render(rescue, null)) + PdfInspection.text(pdf.renderLetter(letter));
        try (var pool = Executors.newFixedThreadPool(3)) {
            var a = pool.submit(() -> pdf.render(rescue, null));
            var b = pool.submit(() -> pdf.renderLetter(letter));
            var c = pool.submit(() -> pdf.render(rescue, null));
            assertThat(PdfInspection.text(a.get()) + PdfInspection.text(b.get())).isEqualTo(alone);
            assertThat(PdfInspection.text(c.get())).isEqualTo(PdfInspection.text(a.get()));
        }
    }
}

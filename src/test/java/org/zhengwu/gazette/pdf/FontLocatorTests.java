package org.zhengwu.gazette.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengwu.gazette.PdfFontMissing;
import org.zhengwu.platform.cli.CliErrors;

/**
 * The font: the configured file or Debian's; a missing or unusable one is a clear error naming
 * the package. The machine has fonts-wqy-zenhei (.ci/prepare installs it).
 */
class FontLocatorTests {

    @TempDir
    Path dir;

    @Test
    void findsDebiansWenQuanYiZenHeiAndTakesItsFirstFace() {
        var face = FontLocator.locate(null);
        assertThat(face.file()).isEqualTo(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
        assertThat(face.name()).isEqualTo("WenQuanYiZenHei");
    }

    @Test
    void aConfiguredFileThatIsMissingIsAnErrorNamingThePackage() {
        var missing = dir.resolve("no-such-font.ttc").toString();
        assertThatThrownBy(() -> FontLocator.locate(missing))
                .isInstanceOfSatisfying(PdfFontMissing.class, e -> {
                    assertThat(e.field()).isEqualTo("zhengwu.pdf.font");
                    assertThat(CliErrors.message(e)).contains(missing).contains("apt-get install fonts-wqy-zenhei");
                });
    }

    @Test
    void aConfiguredFileThatIsNoChineseTrueTypeFontIsAnErrorToo() throws IOException {
        var text = Files.writeString(dir.resolve("font.ttf"), "not a font");
        var latin = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");   // fonts-dejavu-core, where installed
        var files = Files.exists(latin) ? new Path[] {text, latin} : new Path[] {text};
        for (var file : files) {
            assertThatThrownBy(() -> FontLocator.locate(file.toString()))
                    .isInstanceOfSatisfying(PdfFontMissing.class, e -> assertThat(CliErrors.message(e))
                            .startsWith("zhengwu.pdf.font: ").contains("TrueType").contains("fonts-wqy-zenhei"));
        }
    }

    @Test
    void probesFacesForTrueTypeOutlinesAndChineseGlyphs() {
        assertThat(FontFace.probe(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"))).isPresent();
        assertThat(FontFace.probe(dir.resolve("absent.ttc"))).isEmpty();
        assertThat(FontFace.probe(dir)).isEmpty();
    }
}

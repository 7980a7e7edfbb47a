package org.zhengwu.gazette.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.zhengwu.gazette.PdfFontMissing;

/**
 * Finds the CJK TrueType face the PDF embeds: the configured file ({@code zhengwu.pdf.font}) when
 * one is set, else the files of Debian's CJK TrueType packages, else what fontconfig offers for
 * Chinese. A configured file that cannot be used is an error, never silently replaced.
 */
final class FontLocator {

    /** Debian's CJK fonts with TrueType outlines, in order of preference; the first is what .ci/prepare installs. */
    static final List<Path> DEBIAN_FONTS = Stream.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",            // fonts-wqy-zenhei
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",          // fonts-wqy-microhei
            "/usr/share/fonts/truetype/arphic/uming.ttc",              // fonts-arphic-uming
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf") // fonts-droid-fallback
            .map(Path::of).toList();

    private static final long FC_MATCH_SECONDS = 5;

    private FontLocator() {
    }

    /** The face to embed; {@link PdfFontMissing} naming the package to install when there is none. */
    static FontFace locate(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured(Path.of(configured.strip()));
        }
        return Stream.concat(DEBIAN_FONTS.stream(), fontconfig().stream())
                .map(FontFace::probe).flatMap(Optional::stream)
                .findFirst().orElseThrow(() -> new PdfFontMissing("gazette.pdf.font-missing"));
    }

    private static FontFace configured(Path file) {
        if (!file.toFile().isFile()) {
            throw new PdfFontMissing("gazette.pdf.font-not-found", file.toString());
        }
        return FontFace.probe(file).orElseThrow(() -> new PdfFontMissing("gazette.pdf.font-unusable", file.toString()));
    }

    /** The file fontconfig picks for Chinese, when fc-match is installed and answers in time. */
    static Optional<Path> fontconfig() {
        try {
            var process = new ProcessBuilder("fc-match", "--format=%{file}", ":lang=zh-cn").redirectErrorStream(true).start();
            if (!process.waitFor(FC_MATCH_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.exitValue() == 0 && out.startsWith("/") ? Optional.of(Path.of(out)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();   // no fontconfig on this machine: the known paths were all there was
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

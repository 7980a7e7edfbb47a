package org.zhengwu.gazette.pdf;

import static org.zhengwu.gazette.pdf.GbT9704.PT_PER_MM;
import static org.zhengwu.gazette.pdf.GbT9704.TITLE_PT;
import static org.zhengwu.gazette.pdf.GbT9704.TYPE_WIDTH_MM;

import java.util.List;
import java.util.stream.IntStream;

/** A title in 2号, centred, one block per line as {@link TitleLines} breaks it. */
final class TitleHtml {

    /** Characters of the title size on one line of the type area. */
    static final double TITLE_LINE_EM = Math.floor(TYPE_WIDTH_MM * PT_PER_MM / TITLE_PT);

    private TitleHtml() {
    }

    /** The title's lines; {@code firstClass} is added to the first (its gap above, or a page break). */
    static List<Block> of(String title, String firstClass) {
        if (title == null || title.isBlank()) {
            return List.of();
        }
        var lines = TitleLines.of(title, TITLE_LINE_EM);
        return IntStream.range(0, lines.size())
                .mapToObj(i -> {
                    var block = Block.text("title", lines.get(i));
                    return i == 0 && !firstClass.isEmpty() ? block.withClass(firstClass) : block;
                })
                .toList();
    }
}

package org.zhengwu.gazette.domain.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.zhengwu.gazette.domain.model.Furniture;
import org.zhengwu.gazette.domain.model.FurnitureKind;
import org.zhengwu.gazette.domain.text.LineCleaner;

/**
 * The first pass: the text as cleaned, numbered, non-blank lines. Lone page numbers
 * ({@code — 12 —}) and separator lines ({@code ~~~~~}) become page furniture here.
 */
final class LineReader {

    private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–·•\\s]*(?:第\\s*)?\\d{1,3}(?:\\s*页)?[-—–·•\\s]*");
    private static final Pattern SEPARATOR = Pattern.compile("[~\\-=_*·.—–\\s]{3,}");

    record Result(List<Line> lines, List<Furniture> furniture) {
    }

    private LineReader() {
    }

    static Result read(String text) {
        var lines = new ArrayList<Line>();
        var furniture = new ArrayList<Furniture>();
        var raw = text.split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < raw.length; i++) {
            var visible = LineCleaner.invisibleOut(raw[i]).strip();
            if (visible.isEmpty()) {
                continue;
            }
            if (SEPARATOR.matcher(visible).matches()) {
                furniture.add(new Furniture(FurnitureKind.SEPARATOR, visible, i + 1));
            } else if (PAGE_NUMBER.matcher(visible).matches()) {
                furniture.add(new Furniture(FurnitureKind.PAGE_MARK, visible, i + 1));
            } else {
                addCleaned(lines, furniture, visible, i + 1);
            }
        }
        return new Result(lines, furniture);
    }

    private static void addCleaned(List<Line> lines, List<Furniture> furniture, String visible, int no) {
        var clean = LineCleaner.clean(visible);
        if (clean.text().isEmpty()) {
            furniture.add(new Furniture(FurnitureKind.SEPARATOR, visible, no));
        } else {
            lines.add(new Line(no, clean.text(), clean.headingLevel()));
        }
    }
}

package org.zhengwu.gazette.domain.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengwu.gazette.domain.model.Furniture;
import org.zhengwu.gazette.domain.model.FurnitureKind;

/**
 * Puts text continued on another page back where it belongs. A document that does not fit its
 * pages stops at {@code （下转第16页）}; its rest is printed later, after another document, behind
 * {@code （上接第13页）}, and runs to the end of that document's space. The rest is moved back
 * behind the line that announced it; the marks become furniture.
 */
final class Continuations {

    static final Pattern DOWN = Pattern.compile("[（(]\\s*下?\\s*转\\s*第?\\s*(\\d{1,4})\\s*[页版]\\s*[）)]");
    static final Pattern UP = Pattern.compile("[（(]\\s*上?\\s*接\\s*第?\\s*(\\d{1,4})\\s*[页版]\\s*[）)]");

    /** The pages a segment is printed on, when the catalogue tells: [first, next document's first). */
    interface Pages {
        boolean contains(int segment, int page);
    }

    /** A 下转 mark: the line it ended (records compare by value; line numbers are unique). */
    private record Mark(int segment, Line line, int page) {
    }

    private final List<List<Line>> segments;
    private final List<Furniture> furniture;
    private final Warnings warnings;
    private final List<Mark> downs = new ArrayList<>();

    private Continuations(List<List<Line>> segments, List<Furniture> furniture, Warnings warnings) {
        this.segments = segments;
        this.furniture = furniture;
        this.warnings = warnings;
    }

    /** Stitches the segments in place. */
    static void stitch(List<List<Line>> segments, Pages pages, List<Furniture> furniture, Warnings warnings) {
        new Continuations(segments, furniture, warnings).run(pages);
    }

    private void run(Pages pages) {
        for (int s = 0; s < segments.size(); s++) {
            var lines = segments.get(s);
            for (int i = 0; i < lines.size(); i++) {
                var down = DOWN.matcher(lines.get(i).text());
                if (down.find()) {
                    lines.set(i, strip(lines.get(i), down));
                    downs.add(new Mark(s, lines.get(i), Integer.parseInt(down.group(1))));
                }
            }
        }
        for (int s = 0; s < segments.size(); s++) {
            moveBlocks(s, pages);
        }
        segments.forEach(lines -> lines.removeIf(l -> l.text().isEmpty()));
    }

    private void moveBlocks(int s, Pages pages) {
        var lines = segments.get(s);
        for (int i = 0; i < lines.size(); i++) {
            var up = UP.matcher(lines.get(i).text());
            if (!up.find()) {
                continue;
            }
            int source = Integer.parseInt(up.group(1));
            lines.set(i, strip(lines.get(i), up));
            var target = target(s, source, pages);
            if (target == null) {
                warnings.add("continuation-unmatched", lines.get(i).no(), up.group());
                continue;
            }
            var block = cut(lines, i);
            insert(target, block);
            i--;
        }
    }

    /** The 下转 mark the block continues: on the page it names, else the nearest one before. */
    private Mark target(int s, int sourcePage, Pages pages) {
        Mark best = null;
        for (var mark : downs) {
            boolean pagesFit = pages.contains(mark.segment(), sourcePage) && pages.contains(s, mark.page());
            if (pagesFit) {
                best = mark;
                break;
            }
            if (mark.segment() < s) {
                best = mark;
            }
        }
        if (best != null) {
            downs.remove(best);
        }
        return best;
    }

    /** The block from {@code from} to the next 上接 mark or the end of the segment, removed from it. */
    private static List<Line> cut(List<Line> lines, int from) {
        int end = from + 1;
        while (end < lines.size() && !UP.matcher(lines.get(end).text()).find()) {
            end++;
        }
        var block = new ArrayList<>(lines.subList(from, end));
        lines.subList(from, end).clear();
        return block;
    }

    private void insert(Mark target, List<Line> block) {
        for (var lines : segments) {
            int at = lines.indexOf(target.line());
            if (at >= 0) {
                lines.addAll(at + 1, block);
                return;
            }
        }
    }

    private Line strip(Line line, Matcher mark) {
        furniture.add(new Furniture(FurnitureKind.CONTINUATION_MARK, mark.group(), line.no()));
        return line.withText(mark.replaceFirst("").strip());
    }
}

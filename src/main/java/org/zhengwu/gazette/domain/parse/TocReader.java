package org.zhengwu.gazette.domain.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.zhengwu.gazette.domain.model.DocNumber;
import org.zhengwu.gazette.domain.model.TocEntry;

/**
 * Reads the catalogue (目录) that follows a line reading 目录: section lines (◎ 市政府文件),
 * titles over one or more lines, and a page number ending each entry, after the document number
 * or the title. The catalogue ends where a line cannot belong to it.
 */
final class TocReader {

    private static final Pattern HEADING = Pattern.compile("目\\s*(?:录|次)");
    private static final Pattern SECTION = Pattern.compile("^[◎●■◆□★☆▲◇○◉▶►]\\s*(.+)$");
    private static final Pattern PAGED = Pattern.compile("^(.+?)(?:\\s*[.…·．]{2,}\\s*|\\s+)(\\d{1,4})$");
    private static final int MAX_TITLE_LINES = 3;

    /** The entries and the index of the first line after the catalogue ({@code start} when there is none). */
    record Result(List<TocEntry> entries, int headingIndex, int end) {
    }

    private TocReader() {
    }

    static Result read(List<Line> lines, int from, int limit) {
        int heading = findHeading(lines, from, Math.min(limit, lines.size()));
        if (heading < 0) {
            return new Result(List.of(), -1, from);
        }
        var entries = new ArrayList<TocEntry>();
        var pending = new ArrayList<Line>();
        String section = null;
        int i = heading + 1;
        for (; i < lines.size(); i++) {
            var text = lines.get(i).text();
            var sec = SECTION.matcher(text);
            var paged = PAGED.matcher(text);
            if (sec.matches() && pending.isEmpty()) {
                section = sec.group(1).strip();
            } else if (DocNumber.parse(text).isPresent() || text.endsWith("文件") || pending.size() >= MAX_TITLE_LINES) {
                break;
            } else if (paged.matches()) {
                entries.add(entry(section, pending, paged.group(1).strip(), Integer.parseInt(paged.group(2)), lines.get(i)));
                pending.clear();
            } else {
                pending.add(lines.get(i));
            }
        }
        return new Result(entries, heading, i - pending.size());
    }

    private static int findHeading(List<Line> lines, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (HEADING.matcher(lines.get(i).text()).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static TocEntry entry(String section, List<Line> pending, String last, int page, Line pagedLine) {
        var number = DocNumber.parse(last);
        var title = new StringBuilder();
        pending.forEach(l -> title.append(l.text()));
        if (number.isEmpty()) {
            title.append(last);
        }
        int line = pending.isEmpty() ? pagedLine.no() : pending.get(0).no();
        return new TocEntry(section, title.toString(), number.orElse(null), page, line);
    }
}

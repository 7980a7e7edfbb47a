package org.zhengwu.gazette.domain.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.zhengwu.gazette.domain.model.Furniture;
import org.zhengwu.gazette.domain.model.FurnitureKind;
import org.zhengwu.gazette.domain.model.IssueInfo;
import org.zhengwu.gazette.domain.text.LineCleaner;

/** Removes the running head a page repeats inside the documents: the gazette's name, the issue. */
final class RunningHeads {

    private static final Pattern ISSUE_LINE = Pattern.compile("(?:\\p{IsHan}{2,30}公报)?\\s*(?:19|20)\\d\\d年第\\d{1,3}期(?:（总第\\d{1,5}期）)?");

    private RunningHeads() {
    }

    static List<Line> strip(List<Line> lines, IssueInfo issue, List<Furniture> furniture) {
        var out = new ArrayList<Line>();
        for (var line : lines) {
            if (issue != null && isRunningHead(line.text(), issue)) {
                furniture.add(new Furniture(FurnitureKind.PAGE_MARK, line.text(), line.no()));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static boolean isRunningHead(String text, IssueInfo issue) {
        var key = LineCleaner.key(text);
        return (issue.title() != null && key.equals(LineCleaner.key(issue.title()))) || ISSUE_LINE.matcher(key).matches();
    }
}

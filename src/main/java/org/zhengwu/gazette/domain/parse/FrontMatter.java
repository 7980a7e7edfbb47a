package org.zhengwu.gazette.domain.parse;

import java.util.ArrayList;
import java.util.List;
import org.zhengwu.gazette.domain.model.Furniture;
import org.zhengwu.gazette.domain.model.FurnitureKind;
import org.zhengwu.gazette.domain.model.IssueInfo;

/**
 * The lines before the first document: the issue header, and the cover and masthead as
 * furniture. When the text has no issue header and no catalogue, such lines belong nowhere and
 * are reported.
 *
 * @param issue     the issue, null when there is none
 * @param furniture the cover, masthead and catalogue heading lines
 * @param unplaced  lines before the first document of a text without issue or catalogue
 */
record FrontMatter(IssueInfo issue, List<Furniture> furniture, List<Line> unplaced) {

    static FrontMatter of(List<Line> lines, TocReader.Result toc, int firstDocument) {
        var front = lines.subList(0, firstDocument);
        var issue = IssueReader.read(front).orElse(null);
        var furniture = new ArrayList<Furniture>();
        var unplaced = new ArrayList<Line>();
        for (int i = 0; i < front.size(); i++) {
            boolean inCatalogue = i > toc.headingIndex() && i < toc.end() && toc.headingIndex() >= 0;
            if (inCatalogue) {
                continue;  // read into the catalogue's entries
            }
            if (issue != null || toc.headingIndex() >= 0) {
                furniture.add(new Furniture(FurnitureKind.FRONT_MATTER, front.get(i).text(), front.get(i).no()));
            } else {
                unplaced.add(front.get(i));
            }
        }
        return new FrontMatter(issue, furniture, unplaced);
    }
}

package org.zhengwu.gazette.domain.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.zhengwu.gazette.domain.model.DocNumber;
import org.zhengwu.gazette.domain.model.TocEntry;
import org.zhengwu.gazette.domain.text.DateText;
import org.zhengwu.gazette.domain.text.LineCleaner;

/**
 * Cuts the text into documents. A document starts at a line holding only a document number, at
 * a title listed in the catalogue, at a chronicle's title, or at a 关于…的通知 title under an
 * authority's name; its start is moved back over the header lines above (文头, title).
 */
final class Segmenter {

    private static final Pattern SIGNER = Pattern.compile("\\s*签发人[：:].*$");

    private static final int HEADER_LINES = 3;

    private Segmenter() {
    }

    /** The indexes at which documents start, ascending; empty when no document is recognised. */
    static List<Integer> starts(List<Line> lines, int from, List<TocEntry> toc) {
        var tocKeys = toc.stream().map(e -> LineCleaner.key(e.title())).collect(Collectors.toSet());
        var starts = new TreeSet<Integer>();
        int lastAnchor = -10;
        for (int i = from; i < lines.size(); i++) {
            if (isAnchor(lines, i, tocKeys) && i - lastAnchor > HEADER_LINES) {
                starts.add(headerStart(lines, i, Math.max(from, starts.isEmpty() ? from : starts.last() + 1)));
                lastAnchor = i;
            } else if (isAnchor(lines, i, tocKeys)) {
                lastAnchor = i;
            }
        }
        return new ArrayList<>(starts);
    }

    private static boolean isAnchor(List<Line> lines, int i, Set<String> tocKeys) {
        var text = lines.get(i).text();
        if (isNumberLine(text)) {
            return true;
        }
        if (!DocForms.isHeadingLike(text)) {
            return false;
        }
        var key = LineCleaner.key(text);
        var withNext = i + 1 < lines.size() ? key + LineCleaner.key(lines.get(i + 1).text()) : key;
        return tocKeys.contains(key) || tocKeys.contains(withNext) || DocForms.isChronicleTitle(text)
                || (DocForms.isAboutTitle(text) && (DocForms.issuerBeforeAbout(text) != null || orgAbove(lines, i)));
    }

    static boolean isNumberLine(String text) {
        return DocNumber.parse(text.contains("签发人") ? SIGNER.matcher(text).replaceFirst("") : text).isPresent();
    }

    private static boolean orgAbove(List<Line> lines, int i) {
        return i > 0 && DocForms.isOrgLine(lines.get(i - 1).text());
    }

    /** Moves a start back over the 文头 and title lines above the anchor. */
    private static int headerStart(List<Line> lines, int anchor, int floor) {
        int start = anchor;
        while (start - 1 >= floor && anchor - (start - 1) <= HEADER_LINES && isHeaderLine(lines.get(start - 1).text())) {
            start--;
        }
        return start;
    }

    private static boolean isHeaderLine(String text) {
        return DateText.wholeLine(text).isEmpty()
                && (DocForms.isOrgLine(text) || DocForms.isAboutTitle(text) || DocForms.isChronicleTitle(text));
    }
}

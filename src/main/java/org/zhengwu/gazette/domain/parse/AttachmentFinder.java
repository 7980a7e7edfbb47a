package org.zhengwu.gazette.domain.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhengwu.gazette.domain.text.DateText;
import org.zhengwu.gazette.domain.text.LineCleaner;

/**
 * Finds where the texts a notice issues begin: a line holding only the title the notice cites
 * (《…》 in its opening, or {@code 关于印发X的通知}), over one or two lines; or a line reading
 * {@code 附件} / {@code 附件2} followed by a title.
 */
final class AttachmentFinder {

    private static final Pattern CITED = Pattern.compile("《([^《》]{2,80})》");
    private static final Pattern LABEL = Pattern.compile("附件\\s*\\d{0,2}");
    private static final int OPENING_LINES = 8;

    /**
     * Where an attachment starts.
     *
     * @param index      the index of its title line
     * @param titleLines how many lines the title takes
     * @param title      the title
     * @param label      the label line ({@code 附件2}), null when the title stands alone
     */
    record Start(int index, int titleLines, String title, String label) {
    }

    private AttachmentFinder() {
    }

    static List<Start> find(List<Line> body, String documentTitle) {
        var keys = citedKeys(body, documentTitle);
        var starts = new ArrayList<Start>();
        for (int i = afterSignature(body); i < body.size(); i++) {
            var start = startAt(body, i, keys);
            if (start != null) {
                starts.add(start);
                i = start.index() + start.titleLines() - 1;
            }
        }
        return starts;
    }

    /** Issued texts follow the notice's signature date; without one, anything after the first line may start one. */
    private static int afterSignature(List<Line> body) {
        for (int i = 0; i < Math.min(body.size(), OPENING_LINES * 2); i++) {
            if (DateText.wholeLine(body.get(i).text()).isPresent()) {
                return i + 1;
            }
        }
        return 1;
    }

    private static Start startAt(List<Line> body, int i, Set<String> keys) {
        var text = body.get(i).text();
        if (!DocForms.isHeadingLike(text)) {
            return null;
        }
        if (keys.contains(LineCleaner.key(text))) {
            return new Start(i, 1, text, null);
        }
        if (i + 1 < body.size() && keys.contains(LineCleaner.key(text + body.get(i + 1).text()))) {
            return new Start(i, 2, text + body.get(i + 1).text(), null);
        }
        if (LABEL.matcher(text).matches() && i + 1 < body.size() && DocForms.isHeadingLike(body.get(i + 1).text())) {
            return new Start(i, 2, body.get(i + 1).text(), text);
        }
        return null;
    }

    private static Set<String> citedKeys(List<Line> body, String documentTitle) {
        var keys = new LinkedHashSet<String>();
        var issued = Kinds.issuedTitle(documentTitle);
        if (issued != null) {
            keys.add(LineCleaner.key(issued));
        }
        var opening = new StringBuilder();
        body.stream().limit(OPENING_LINES).forEach(l -> opening.append(l.text()));
        var m = CITED.matcher(opening);
        while (m.find()) {
            keys.add(LineCleaner.key(m.group(1)));
        }
        return keys;
    }
}

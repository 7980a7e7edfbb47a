package org.zhengwu.gazette;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.zhengwu.gazette.domain.model.ParsedDocument;

/**
 * Stable document ids: derived from the issue's key and the document's number (or, without one,
 * its issuer and title), never from its text, so a re-import and a new version keep them.
 */
final class DocumentIds {

    private static final int LENGTH = 16;

    private DocumentIds() {
    }

    static List<String> of(String issueKey, List<ParsedDocument> documents) {
        var seen = new HashMap<String, Integer>();
        var ids = new ArrayList<String>();
        for (var d : documents) {
            var key = d.docNumber() != null ? "number:" + d.docNumber() : "title:" + d.issuer() + "|" + d.title();
            int n = seen.merge(key, 1, Integer::sum);
            // two documents of one issue with one number or title: the second is #2
            ids.add(Sha256.of(issueKey + "\n" + key + (n > 1 ? "#" + n : "")).substring(0, LENGTH));
        }
        return ids;
    }
}

package org.zhengwu.gazette.domain.parse;

import java.util.List;
import org.zhengwu.gazette.domain.model.DocNumber;
import org.zhengwu.gazette.domain.model.GazetteInputRefused;
import org.zhengwu.gazette.domain.text.DateText;

/**
 * Whether a text without any document start still holds one document: it must show some form of
 * an official text (a numbered unit, a title, a document number, a signature date); otherwise it
 * is refused rather than parsed into nonsense.
 */
final class Recognisable {

    private Recognisable() {
    }

    /** The index where the one document starts. */
    static int firstDocumentLine(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (looksOfficial(lines.get(i).text())) {
                return from;
            }
        }
        throw new GazetteInputRefused("gazette.input.no-document");
    }

    private static boolean looksOfficial(String text) {
        return Numbering.of(text).filter(n -> !n.rest().isEmpty()).isPresent()
                || DocForms.isAboutTitle(text)
                || DocNumber.find(text).isPresent()
                || DateText.wholeLine(text).isPresent()
                || (DocForms.isHeadingLike(text) && DocForms.ENDS_IN_KIND.matcher(text).matches());
    }
}

package org.zhengwu.gazette.domain.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.zhengwu.gazette.domain.text.Brackets;
import org.zhengwu.gazette.domain.text.DateText;

/**
 * Takes the addressees (主送机关) and the signature (署名, 成文日期) out of a document's lines and
 * leaves the rest. Two shapes: the opening of a notice that issues another text, where a
 * two-column page may have merged addressees, text and signature in any order
 * ({@link #scattered}); and a whole document, addressees at the top and signature at the end
 * ({@link #framed}).
 *
 * @param addressees the addressees, split at ，
 * @param signature  the signature block
 * @param rest       the other lines, in order
 * @param tail       the lines after the signature ({@code （此件公开发布）}, 抄送), kept apart from the text
 */
record Preamble(List<String> addressees, Signature signature, List<Line> rest, List<Line> tail) {

    private static final int MAX_LEADING_ADDRESSEE_LINES = 4;
    private static final int MAX_LINES_AFTER_SIGNATURE = 4;

    /** Addressee and signature lines wherever they are in the lines. */
    static Preamble scattered(List<Line> lines, Predicate<String> keep) {
        var addressees = new ArrayList<String>();
        var rest = new ArrayList<Line>();
        String signer = null;
        Line date = null;
        for (var line : lines) {
            var text = line.text();
            if (!keep.test(text) && DocForms.isAddresseeLine(text)) {
                addressees.addAll(split(text));
            } else if (date == null && DateText.wholeLine(text).isPresent()) {
                date = line;
            } else if (signer == null && DocForms.isOrgLine(text)) {
                signer = text;
            } else {
                rest.add(line);
            }
        }
        return new Preamble(addressees, signature(signer, date), rest, List.of());
    }

    /** Addressees in the first lines, the signature as the last date line near the end. */
    static Preamble framed(List<Line> lines) {
        var addressees = new ArrayList<String>();
        int from = 0;
        while (from < Math.min(lines.size(), MAX_LEADING_ADDRESSEE_LINES) && DocForms.isAddresseeLine(lines.get(from).text())) {
            addressees.addAll(split(lines.get(from).text()));
            from++;
        }
        int dateAt = lastDateLine(lines, from);
        if (dateAt < 0) {
            return new Preamble(addressees, Signature.NONE, List.copyOf(lines.subList(from, lines.size())), List.of());
        }
        int signerAt = dateAt > from && DocForms.isOrgLine(lines.get(dateAt - 1).text()) ? dateAt - 1 : dateAt;
        var rest = List.copyOf(lines.subList(from, signerAt));
        var tail = List.copyOf(lines.subList(dateAt + 1, lines.size()));
        var signer = signerAt < dateAt ? lines.get(signerAt).text() : null;
        return new Preamble(addressees, signature(signer, lines.get(dateAt)), rest, tail);
    }

    private static int lastDateLine(List<Line> lines, int from) {
        for (int i = lines.size() - 1; i >= Math.max(from, lines.size() - 1 - MAX_LINES_AFTER_SIGNATURE); i--) {
            if (DateText.wholeLine(lines.get(i).text()).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private static Signature signature(String signer, Line date) {
        if (date == null) {
            return new Signature(signer, null, null);
        }
        return new Signature(signer, DateText.wholeLine(date.text()).orElse(null), date.text());
    }

    static List<String> split(String addresseeLine) {
        return Brackets.splitTopLevel(addresseeLine.substring(0, addresseeLine.length() - 1), "，,；");
    }
}

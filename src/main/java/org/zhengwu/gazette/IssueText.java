package org.zhengwu.gazette;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.zhengwu.gazette.domain.model.IssueInfo;

/**
 * A compiled issue as the text the gazette's parser reads, the same shape as an imported issue:
 * the issue header, the catalogue (目录) by section with each document's page, then each document
 * (heading with issuer and title, number, addressees, paragraphs, issuer and date) and after a
 * policy document its interpretation (WR-36: published together).
 */
final class IssueText {

    /** One printed piece of the issue: a document, or the interpretation that follows it. */
    record Piece(QueuedDocument doc, boolean interpretation) {
    }

    private IssueText() {
    }

    /** Government documents first, then the General Office's, then departments'; each by release day. */
    static List<QueuedDocument> order(List<QueuedDocument> docs) {
        return docs.stream().sorted(Comparator.comparing((QueuedDocument d) -> d.origin().ordinal())
                .thenComparing(QueuedDocument::releasedOn).thenComparing(QueuedDocument::docNumber)).toList();
    }

    static List<Piece> pieces(List<QueuedDocument> ordered) {
        var pieces = new ArrayList<Piece>();
        for (var d : ordered) {
            pieces.add(new Piece(d, false));
            if (d.hasInterpretation()) {
                pieces.add(new Piece(d, true));
            }
        }
        return pieces;
    }

    /**
     * The whole issue. {@code sections} names a section, {@code interpretationTitle} the title of a
     * document's interpretation; {@code pages} gives each piece's first page (null: no catalogue).
     */
    static String of(IssueInfo issue, List<Piece> pieces, List<Integer> pages,
            Function<OutgoingDocumentQueuedForGazette.Origin, String> sections, Function<String, String> interpretationTitle) {
        var out = new StringBuilder();
        out.append(issue.title()).append("\n").append(issue.year()).append("年第").append(issue.number()).append("期\n");
        if (issue.serial() != null) {
            out.append("（总第").append(issue.serial()).append("期）\n");
        }
        out.append("\n");
        if (pages != null) {
            catalogue(out, pieces, pages, sections, interpretationTitle);
        }
        for (var piece : pieces) {
            out.append(piece.interpretation() ? interpretation(piece.doc(), interpretationTitle) : document(piece.doc()));
        }
        return out.toString();
    }

    /** One piece alone, to measure its pages. */
    static String alone(Piece piece, Function<String, String> interpretationTitle) {
        return piece.interpretation() ? interpretation(piece.doc(), interpretationTitle) : document(piece.doc());
    }

    private static void catalogue(StringBuilder out, List<Piece> pieces, List<Integer> pages,
            Function<OutgoingDocumentQueuedForGazette.Origin, String> sections, Function<String, String> interpretationTitle) {
        out.append("目 录\n\n");
        OutgoingDocumentQueuedForGazette.Origin section = null;
        for (int k = 0; k < pieces.size(); k++) {
            var d = pieces.get(k).doc();
            if (d.origin() != section) {
                section = d.origin();
                out.append("◎ ").append(sections.apply(section)).append("\n\n");
            }
            if (pieces.get(k).interpretation()) {
                out.append(interpretationTitle.apply(d.title())).append(' ').append(pages.get(k)).append("\n\n");
            } else {
                out.append(d.title()).append("\n\n").append(d.docNumber()).append(' ').append(pages.get(k)).append("\n\n");
            }
        }
    }

    private static String document(QueuedDocument d) {
        var out = new StringBuilder();
        out.append("# ").append(heading(d)).append("\n\n").append(d.docNumber()).append("\n\n");
        if (!d.addressees().isEmpty()) {
            out.append(String.join("，", d.addressees())).append("：\n\n");
        }
        d.paragraphs().forEach(p -> out.append(p).append("\n\n"));
        out.append(d.issuer()).append("\n\n").append(date(d.signedOn())).append("\n\n");
        return out.toString();
    }

    /** The interpretation under the document's issuer and date: approved with it (WR-36), it closes as a document does. */
    private static String interpretation(QueuedDocument d, Function<String, String> interpretationTitle) {
        var out = new StringBuilder("# ").append(interpretationTitle.apply(d.title())).append("\n\n");
        d.interpretation().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> out.append(l).append("\n\n"));
        out.append(d.issuer()).append("\n\n").append(date(d.signedOn())).append("\n\n");
        return out.toString();
    }

    /** 发文机关 and title, as the gazette prints them: {@code 聊城市人民政府 关于…的通知}. */
    private static String heading(QueuedDocument d) {
        var title = d.title().strip();
        return title.startsWith(d.issuer()) ? d.issuer() + " " + title.substring(d.issuer().length()).strip()
                : d.issuer() + " " + title;
    }

    private static String date(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}

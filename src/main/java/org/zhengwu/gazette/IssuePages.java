package org.zhengwu.gazette;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.springframework.stereotype.Component;
import org.zhengwu.gazette.domain.model.ParsedDocument;
import org.zhengwu.gazette.domain.parse.GazetteParser;
import org.zhengwu.kernel.UserError;

/**
 * The catalogue's page numbers of a compiled issue: each piece printed in the document layout
 * (as the gazette's PDFs print it), one after the other from page 1; the cover and the
 * catalogue are not numbered. A piece whose text the parser does not read back as one document
 * with its number and title is refused, naming it, before anything is stored.
 */
@Component
class IssuePages {

    private static final GazetteParser PARSER = new GazetteParser();

    private final GazettePdf pdf;

    IssuePages(GazettePdf pdf) {
        this.pdf = pdf;
    }

    /** @throws UserError {@code gazette.queue.unreadable-document} naming the documents that do not read back */
    List<Integer> firstPages(List<IssueText.Piece> pieces, Function<String, String> interpretationTitle) {
        var first = new ArrayList<Integer>();
        var unreadable = new LinkedHashSet<String>();
        int page = 1;
        for (var piece : pieces) {
            first.add(page);
            var parsed = PARSER.parse(IssueText.alone(piece, interpretationTitle)).documents();
            var title = piece.interpretation() ? interpretationTitle.apply(piece.doc().title()) : piece.doc().title();
            if (parsed.size() != 1 || !readsBack(parsed.getFirst(), piece, title)) {
                unreadable.add(piece.doc().docNumber());
                continue;
            }
            page += pages(parsed.getFirst());
        }
        if (!unreadable.isEmpty()) {
            throw new UserError("gazette.queue.unreadable-document", "documents", GazetteQueue.WR_62,
                    String.join("、", unreadable));
        }
        return first;
    }

    private static boolean readsBack(ParsedDocument parsed, IssueText.Piece piece, String title) {
        var number = parsed.docNumber() == null ? null : parsed.docNumber().toString();
        var expected = piece.interpretation() ? null : piece.doc().docNumber();
        return java.util.Objects.equals(number, expected) && title.strip().endsWith(String.valueOf(parsed.title()).strip());
    }

    private int pages(ParsedDocument parsed) {
        try (var doc = Loader.loadPDF(pdf.render(parsed, RenderOptions.standard()))) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.zhengwu.gazette.domain.parse;

import java.util.ArrayList;
import java.util.List;
import org.zhengwu.gazette.domain.model.Furniture;
import org.zhengwu.gazette.domain.model.GazetteInputRefused;
import org.zhengwu.gazette.domain.model.IssueInfo;
import org.zhengwu.gazette.domain.model.ParsedDocument;
import org.zhengwu.gazette.domain.model.ParsedGazette;
import org.zhengwu.gazette.domain.model.TocEntry;

/**
 * Parses the text of a gazette issue, or of a single government document, into documents.
 * Deterministic and plain Java; stateless, so one instance may serve every thread. Text it
 * cannot place goes to the warnings with its line number, never silently away.
 */
public final class GazetteParser {

    /** How far into the text a catalogue heading (目录) is looked for. */
    private static final int FRONT_MATTER_LINES = 200;

    /**
     * The parse of the text.
     *
     * @throws GazetteInputRefused when the text holds no recognisable document
     */
    public ParsedGazette parse(String text) {
        var read = LineReader.read(text == null ? "" : text);
        var lines = read.lines();
        if (lines.isEmpty()) {
            throw new GazetteInputRefused("gazette.input.no-document");
        }
        var warnings = new Warnings();
        var furniture = new ArrayList<>(read.furniture());
        var toc = TocReader.read(lines, 0, FRONT_MATTER_LINES);
        var starts = Segmenter.starts(lines, toc.end(), toc.entries());
        if (starts.isEmpty()) {
            starts = List.of(Recognisable.firstDocumentLine(lines, toc.end()));
        }
        var front = FrontMatter.of(lines, toc, starts.get(0));
        furniture.addAll(front.furniture());
        front.unplaced().forEach(warnings::unplaced);
        var documents = documents(lines, starts, toc.entries(), front.issue(), furniture, warnings);
        TocCheck.check(toc.entries(), documents, warnings);
        furniture.sort(java.util.Comparator.comparingInt(Furniture::line));
        return new ParsedGazette(front.issue(), toc.entries(), documents, furniture, warnings.list());
    }

    private static List<ParsedDocument> documents(List<Line> lines, List<Integer> starts, List<TocEntry> toc,
            IssueInfo issue, List<Furniture> furniture, Warnings warnings) {
        var segments = new ArrayList<List<Line>>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            segments.add(RunningHeads.strip(lines.subList(starts.get(k), end), issue, furniture));
        }
        var pages = TocPages.of(segments, toc);
        Continuations.stitch(segments, pages, furniture, warnings);
        var reader = new DocumentReader(warnings, issue == null ? 0 : issue.year());
        var documents = new ArrayList<ParsedDocument>();
        for (int k = 0; k < segments.size(); k++) {
            if (!segments.get(k).isEmpty()) {
                documents.add(reader.read(segments.get(k), pages.page(k)));
            }
        }
        return documents;
    }
}

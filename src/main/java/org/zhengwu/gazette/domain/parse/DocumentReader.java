package org.zhengwu.gazette.domain.parse;

import java.util.ArrayList;
import java.util.List;
import org.zhengwu.gazette.domain.model.DocumentKind;
import org.zhengwu.gazette.domain.model.ParsedDocument;
import org.zhengwu.gazette.domain.model.Unit;
import org.zhengwu.gazette.domain.model.UnitType;
import org.zhengwu.gazette.domain.parse.HeaderReader.Header;

/**
 * Reads one document from its lines: header, then by kind an appointment notice, a chronicle,
 * a notice that issues other texts (its opening, then each issued text as an attachment unit),
 * or a document whose body is its own text; then the extractors.
 */
final class DocumentReader {

    private final Warnings warnings;
    private final int issueYear;

    DocumentReader(Warnings warnings, int issueYear) {
        this.warnings = warnings;
        this.issueYear = issueYear;
    }

    /** What the body gave: addressees, signature and units, plus the kind-specific lists. */
    record Body(Preamble preamble, List<Unit> units, AppointmentReader.Result appointments, ChronicleReader.Result chronicle) {
    }

    ParsedDocument read(List<Line> lines, Integer page) {
        var header = HeaderReader.read(lines);
        var kind = Kinds.of(header.title());
        var body = body(header, kind, lines.subList(header.end(), lines.size()));
        var signature = body.preamble().signature();
        int year = year(header, signature);
        var period = EffectivePeriod.of(body.units(), signature.date());
        return new ParsedDocument(header.docNumber(), issuer(header, signature), header.title(), kind,
                Kinds.issued(header.title()), signature.date(), signature.dateText(), signature.signer(),
                body.preamble().addressees(), period.from(), period.until(), body.units(),
                TaskExtractor.tasks(body.units(), year),
                body.appointments() == null ? List.of() : body.appointments().appointments(),
                body.chronicle() == null ? List.of() : body.chronicle().entries(),
                PlanItemExtractor.items(body.units(), header.title()), page, lines.isEmpty() ? 0 : lines.get(0).no());
    }

    private Body body(Header header, DocumentKind kind, List<Line> body) {
        if (kind == DocumentKind.APPOINTMENT) {
            var preamble = Preamble.scattered(body, AppointmentReader::startsSomething);
            var result = AppointmentReader.read(preamble.rest());
            return new Body(preamble, paragraphs(result.paragraphs(), ""), result, null);
        }
        if (kind == DocumentKind.CHRONICLE) {
            var preamble = Preamble.framed(body);
            var lines = new ArrayList<>(preamble.rest());
            lines.addAll(preamble.tail());
            var result = ChronicleReader.read(lines, ChronicleReader.period(header.title()), warnings);
            return new Body(preamble, paragraphs(result.paragraphs(), ""), null, result);
        }
        var attachments = AttachmentFinder.find(body, header.title());
        if (attachments.isEmpty()) {
            var preamble = Preamble.framed(body);
            var units = new ArrayList<Node>(StructureBuilder.build(ParagraphJoiner.join(preamble.rest(), DocumentReader::startsUnit), warnings));
            preamble.tail().forEach(line -> units.add(Node.paragraph(line)));
            return new Body(preamble, Node.units(units, ""), null, null);
        }
        return issuing(body, attachments);
    }

    /** A notice that issues texts: its opening as paragraphs, each text as an attachment unit. */
    private Body issuing(List<Line> body, List<AttachmentFinder.Start> starts) {
        var preamble = Preamble.scattered(body.subList(0, starts.get(0).index()), t -> false);
        var units = new ArrayList<>(paragraphs(ColumnMend.mend(preamble.rest(), DocumentReader::startsUnit), ""));
        for (int k = 0; k < starts.size(); k++) {
            var start = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1).index() : body.size();
            var eId = UnitType.ATTACHMENT.eIdPrefix() + "_" + (k + 1);
            var content = body.subList(start.index() + start.titleLines(), end);
            units.add(new Unit(UnitType.ATTACHMENT, start.label(), start.title(), "", eId,
                    body.get(start.index()).no(), structure(content, eId)));
        }
        return new Body(preamble, units, null, null);
    }

    private List<Unit> structure(List<Line> lines, String path) {
        var paragraphs = ParagraphJoiner.join(lines, DocumentReader::startsUnit);
        return Node.units(StructureBuilder.build(paragraphs, warnings), path);
    }

    private static List<Unit> paragraphs(List<Line> lines, String path) {
        return Node.units(lines.stream().map(Node::paragraph).toList(), path);
    }

    static boolean startsUnit(String text) {
        return Numbering.of(text).isPresent() || text.startsWith("附件");
    }

    private static String issuer(Header header, Signature signature) {
        return header.issuer() != null ? header.issuer() : signature.signer();
    }

    private int year(Header header, Signature signature) {
        if (signature.date() != null) {
            return signature.date().getYear();
        }
        return header.docNumber() != null ? header.docNumber().year() : issueYear;
    }
}

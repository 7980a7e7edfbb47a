package org.zhengwu.document.outgoing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zhengwu.gazette.Colophon;
import org.zhengwu.gazette.HeadMarks;
import org.zhengwu.gazette.RenderOptions;
import org.zhengwu.gazette.domain.model.DocNumber;
import org.zhengwu.gazette.domain.model.DocumentKind;
import org.zhengwu.gazette.domain.model.ParsedDocument;
import org.zhengwu.gazette.domain.model.Unit;
import org.zhengwu.gazette.domain.model.UnitType;

/** A signed draft as the gazette renderer's document: number, issuer, title, addressees, paragraphs, date. */
final class DraftPdf {

    private DraftPdf() {
    }

    static List<String> paragraphs(String body) {
        return Arrays.stream(body.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static ParsedDocument document(Draft draft, String issuerName) {
        var units = new ArrayList<Unit>();
        var paragraphs = paragraphs(draft.body());
        for (int i = 0; i < paragraphs.size(); i++) {
            units.add(new Unit(UnitType.PARAGRAPH, null, null, paragraphs.get(i), "para_" + (i + 1), i + 1, List.of()));
        }
        return new ParsedDocument(DocNumber.parse(draft.docNumber()).orElse(null), issuerName, draft.title(),
                kind(draft.category()), null, draft.signedOn(), null, issuerName, draft.addressees(), null, null,
                units, List.of(), List.of(), List.of(), List.of(), null, 1);
    }

    /**
     * The 版记, the 附注, the seal, and at the top left of the 版头 the 密级和保密期限 (GB/T 9704 7.2.2)
     * when it is classified and the 紧急程度 (7.2.3) when it is marked, each as printed.
     */
    static RenderOptions options(Draft draft, String printer, LocalDate printedOn, String note, String classification,
            String urgency) {
        return RenderOptions.standard().withColophon(new Colophon(draft.copyTo(), printer, printedOn)).withNote(note)
                .withSeal().withHeadMarks(new HeadMarks(null, draft.classification().isClassified() ? classification : null,
                        draft.urgency().isMarked() ? urgency : null));
    }

    private static DocumentKind kind(Category category) {
        return switch (category) {
            case REQUEST_TO_PROVINCE -> DocumentKind.REQUEST;
            case APPOINTMENT -> DocumentKind.APPOINTMENT;
            case NORMATIVE -> DocumentKind.RULES;
            default -> DocumentKind.NOTICE;
        };
    }
}

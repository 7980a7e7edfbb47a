package org.zhengwu.gazette.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.zhengwu.gazette.PublicDocument;
import org.zhengwu.gazette.domain.model.DocNumber;

/** A public document as index documents: its head (title, metadata) and one per article-level unit. */
public final class IndexedDocuments {

    private IndexedDocuments() {
    }

    /** The index documents of a public document, the head first. */
    public static List<Document> of(PublicDocument d) {
        var docs = new ArrayList<Document>();
        var head = common(d);
        if (d.docNumber() != null) {
            head.add(new StringField(Fields.DOC_NUMBER_EXACT, canonical(d.docNumber()), Field.Store.NO));
        }
        head.add(new Field(Fields.TEXT, d.docNumber() == null ? d.title() : d.title() + "\n" + d.docNumber(),
                Fields.TEXT_TYPE));
        cited(head, d.title());
        docs.add(head);
        for (var piece : ArticleUnits.of(d.units())) {
            var unit = common(d);
            unit.add(new StoredField(Fields.EID, piece.eId()));
            if (piece.num() != null) {
                unit.add(new StoredField(Fields.NUM, piece.num()));
                UnitNumbers.key(piece.num()).ifPresent(k -> unit.add(new StringField(Fields.NUM_KEY, k, Field.Store.NO)));
            }
            unit.add(new Field(Fields.TEXT, piece.text(), Fields.TEXT_TYPE));
            cited(unit, piece.text());
            docs.add(unit);
        }
        return docs;
    }

    private static void cited(Document doc, String text) {
        if (text != null) {
            CitedNumbers.in(text).forEach(n -> doc.add(new StringField(Fields.DOC_NUMBER_CITED, n, Field.Store.NO)));
        }
    }

    /** A document number in its canonical spelling ({@code 聊政发〔2022〕4号}), else as written. */
    static String canonical(String docNumber) {
        return DocNumber.parse(docNumber).map(DocNumber::toString).orElse(docNumber.strip());
    }

    private static Document common(PublicDocument d) {
        var doc = new Document();
        doc.add(new StringField(Fields.DOCUMENT_ID, d.id(), Field.Store.YES));
        if (d.docNumber() != null) {
            doc.add(new StoredField(Fields.DOC_NUMBER, canonical(d.docNumber())));
        }
        doc.add(new StoredField(Fields.TITLE, d.title()));
        if (d.issuer() != null) {
            doc.add(new StringField(Fields.ISSUER, d.issuer(), Field.Store.YES));
        }
        for (var kind : new String[] {d.kind(), d.issuedKind()}) {
            if (kind != null) {
                doc.add(new StringField(Fields.KIND, kind, Field.Store.NO));
            }
        }
        doc.add(new IntPoint(Fields.YEAR, d.issueYear()));
        doc.add(new StoredField(Fields.YEAR, d.issueYear()));
        if (d.signedDate() != null) {
            doc.add(new StoredField(Fields.SIGNED, d.signedDate().toString()));
        }
        var from = d.effectiveFrom() != null ? d.effectiveFrom() : d.signedDate();
        day(doc, Fields.FROM, from, Long.MIN_VALUE);
        day(doc, Fields.UNTIL, d.effectiveUntil(), Long.MAX_VALUE);
        day(doc, Fields.REPEALED, d.repealedOn(), Long.MAX_VALUE);
        doc.add(new NumericDocValuesField(Fields.DATE, d.signedDate() == null ? Long.MIN_VALUE : d.signedDate().toEpochDay()));
        return doc;
    }

    private static void day(Document doc, String field, LocalDate day, long absent) {
        long value = day == null ? absent : day.toEpochDay();
        doc.add(new LongPoint(field, value));
        doc.add(new StoredField(field, value));
    }
}

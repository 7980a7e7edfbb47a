package org.zhengwu.gazette.search;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** The index's field names and the type of its analysed text. */
final class Fields {

    static final String DOCUMENT_ID = "documentId";
    static final String DOC_NUMBER = "docNumber";
    /** Set on a document's head only: an exact document-number match lifts the head. */
    static final String DOC_NUMBER_EXACT = "docNumberExact";
    /**
     * The document numbers a unit's text (or a head's title) cites, canonical, each also under
     * every shorter agency code the run of characters before it allows (根据聊政发〔2022〕4号 →
     * …, 聊政发〔2022〕4号, 政发〔2022〕4号): a typed number is one term, not a phrase of common characters.
     */
    static final String DOC_NUMBER_CITED = "docNumberCited";
    static final String TITLE = "title";
    static final String ISSUER = "issuer";
    static final String KIND = "kind";
    static final String YEAR = "year";
    static final String SIGNED = "signed";
    /** Epoch days for the validity filter: commencement, last day, repeal (sentinels when absent). */
    static final String FROM = "from";
    static final String UNTIL = "until";
    static final String REPEALED = "repealed";
    /** Epoch day of signing, for sorting by date (undated documents last). */
    static final String DATE = "date";
    static final String EID = "eId";
    static final String NUM = "num";
    /** A unit number as kind and value ({@code 条56}), however it was written. */
    static final String NUM_KEY = "numKey";
    static final String TEXT = "text";

    /** Analysed, stored, with offsets in the postings: the highlighter never re-analyses a hit. */
    static final FieldType TEXT_TYPE = textType();

    private Fields() {
    }

    private static FieldType textType() {
        var type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}

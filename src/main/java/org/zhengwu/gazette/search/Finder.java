package org.zhengwu.gazette.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.zhengwu.gazette.SearchHit;
import org.zhengwu.gazette.SearchRequest;
import org.zhengwu.gazette.SearchResult;
import org.zhengwu.gazette.Validity;

/**
 * Runs a search: the query, its filters, the order, the page, and for each hit a snippet of
 * its text with the query's words marked (from the offsets stored in the index: a hit's text is
 * never analysed again).
 */
public final class Finder {

    static final int PASSAGES = 2;
    private static final Sort BY_DATE = new Sort(new SortField(Fields.DATE, SortField.Type.LONG, true),
            SortField.FIELD_SCORE);

    private final SearchIndex index;
    private final Queries queries;

    public Finder(SearchIndex index) {
        this.index = index;
        this.queries = new Queries(index.analyzer());
    }

    public SearchResult find(SearchRequest request, LocalDate today) {
        var query = queries.of(request.query());
        if (query == null) {
            return new SearchResult(0, true, request.page(), request.size(), List.of());
        }
        var filtered = Filters.apply(query, request, today);
        var marked = queries.highlighting(request.query(), query);
        return index.withSearcher(s -> page(s, marked, filtered, request, today));
    }

    /** The terms to mark in a document's text for a query (as the index cuts them). */
    public List<String> markedTerms(String query) {
        return queries.markedTerms(query);
    }

    private SearchResult page(IndexSearcher s, Query words, Query filtered, SearchRequest r, LocalDate today)
            throws IOException {
        int depth = r.page() * r.size();
        var top = r.order() == SearchRequest.Order.DATE ? s.search(filtered, depth, BY_DATE, true) : s.search(filtered, depth);
        int from = Math.min(top.scoreDocs.length, (r.page() - 1) * r.size());
        var slice = new TopDocs(top.totalHits, Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length));
        var snippets = highlighter(s).highlight(Fields.TEXT, words, slice, PASSAGES);
        var hits = new ArrayList<SearchHit>();
        var stored = s.storedFields();
        for (int i = 0; i < slice.scoreDocs.length; i++) {
            hits.add(hit(stored.document(slice.scoreDocs[i].doc), slice.scoreDocs[i], snippets[i], today));
        }
        return new SearchResult(top.totalHits.value(), top.totalHits.relation() == TotalHits.Relation.EQUAL_TO,
                r.page(), r.size(), hits);
    }

    private UnifiedHighlighter highlighter(IndexSearcher s) {
        return UnifiedHighlighter.builder(s, index.analyzer())
                .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", true))
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.CHINA))
                .withHandleMultiTermQuery(false)
                .build();
    }

    private static SearchHit hit(Document d, ScoreDoc score, String snippet, LocalDate today) {
        var year = d.getField(Fields.YEAR).numericValue().intValue();
        var signed = d.get(Fields.SIGNED);
        var validity = Validity.on(today, day(d, Fields.FROM), day(d, Fields.UNTIL), day(d, Fields.REPEALED));
        return new SearchHit(d.get(Fields.DOC_NUMBER), d.get(Fields.TITLE), d.get(Fields.DOCUMENT_ID), d.get(Fields.EID),
                d.get(Fields.NUM), snippet == null ? "" : snippet.strip().replace("</em><em>", ""), Float.isNaN(score.score) ? 0f : score.score,
                d.get(Fields.ISSUER), year, signed == null ? null : LocalDate.parse(signed), validity);
    }

    private static LocalDate day(Document d, String field) {
        long value = d.getField(field).numericValue().longValue();
        return value == Long.MIN_VALUE || value == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(value);
    }
}

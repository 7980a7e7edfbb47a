package org.zhengwu.gazette.search;

import java.time.LocalDate;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.zhengwu.gazette.SearchRequest;
import org.zhengwu.gazette.Validity;

/**
 * The request's filters as Lucene clauses that do not score. Validity is told from the stored
 * days on the day of the search (as {@link Validity#on} tells it), so an index never goes stale
 * when a document comes into force or expires.
 */
final class Filters {

    private Filters() {
    }

    static Query apply(Query query, SearchRequest r, LocalDate today) {
        var b = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (r.issuer() != null) {
            b.add(new TermQuery(new Term(Fields.ISSUER, r.issuer())), Occur.FILTER);
        }
        if (r.year() != null) {
            b.add(IntPoint.newExactQuery(Fields.YEAR, r.year()), Occur.FILTER);
        }
        if (r.kind() != null) {
            b.add(new TermQuery(new Term(Fields.KIND, r.kind())), Occur.FILTER);
        }
        if (r.validity() != null) {
            validity(b, r.validity(), today.toEpochDay());
        }
        return b.build();
    }

    private static void validity(BooleanQuery.Builder b, Validity v, long day) {
        if (v == Validity.REPEALED) {
            b.add(LongPoint.newRangeQuery(Fields.REPEALED, Long.MIN_VALUE, day), Occur.FILTER);
            return;
        }
        b.add(LongPoint.newRangeQuery(Fields.REPEALED, day + 1, Long.MAX_VALUE), Occur.FILTER);
        switch (v) {
            case NOT_YET_IN_FORCE -> b.add(LongPoint.newRangeQuery(Fields.FROM, day + 1, Long.MAX_VALUE), Occur.FILTER);
            case IN_FORCE -> {
                b.add(LongPoint.newRangeQuery(Fields.FROM, Long.MIN_VALUE, day), Occur.FILTER);
                b.add(LongPoint.newRangeQuery(Fields.UNTIL, day, Long.MAX_VALUE), Occur.FILTER);
            }
            case EXPIRED -> {
                b.add(LongPoint.newRangeQuery(Fields.FROM, Long.MIN_VALUE, day), Occur.FILTER);
                b.add(LongPoint.newRangeQuery(Fields.UNTIL, Long.MIN_VALUE, day - 1), Occur.FILTER);
            }
            default -> throw new IllegalStateException(v.name());
        }
    }
}

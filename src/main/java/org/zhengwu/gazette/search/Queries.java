package org.zhengwu.gazette.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene query of a typed query: a disjunction of its parts (words, phrases, document
 * numbers, unit numbers), ranked by BM25 over article-level units, so that the article holding
 * all the words, the rarer ones above all, comes before those holding some. (A conjunction of
 * all the parts as an extra clause ranked the seed the same and doubled the cost of a query.)
 * A unit number is searched in the units' numbers ({@code 条56}): the article itself, not each
 * text that cites it; its printed form is what the snippet marks ({@link #highlighting}). A
 * document number is one term: exact on the document's head (boosted), cited in a unit's text
 * ({@link CitedNumbers}); the snippet marks it as written.
 */
final class Queries {

    static final float PHRASE_BOOST = 2f;
    static final float DOC_NUMBER_BOOST = 20f;
    static final float UNIT_NUMBER_BOOST = 3f;

    private final Analyzer analyzer;

    Queries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The query of the text, null when nothing in it can be searched (only punctuation, say). */
    Query of(String typed) {
        var text = QueryText.parse(typed);
        var parts = new ArrayList<Query>();
        text.phrases().forEach(p -> add(parts, phrase(tokens(p))));
        text.words().forEach(w -> add(parts, word(tokens(w))));
        text.docNumbers().forEach(n -> add(parts, either(new BoostQuery(
                new TermQuery(new Term(Fields.DOC_NUMBER_EXACT, n)), DOC_NUMBER_BOOST),
                new TermQuery(new Term(Fields.DOC_NUMBER_CITED, n)))));
        text.unitKeys().forEach(k -> add(parts, new BoostQuery(new TermQuery(new Term(Fields.NUM_KEY, k)), UNIT_NUMBER_BOOST)));
        if (parts.size() <= 1) {
            return parts.isEmpty() ? null : parts.getFirst();
        }
        var any = new BooleanQuery.Builder();
        parts.forEach(p -> any.add(p, Occur.SHOULD));
        return any.build();
    }

    /** What a snippet marks: the query, with unit numbers as their printed words. */
    Query highlighting(String typed, Query query) {
        var text = QueryText.parse(typed);
        if (text.unitKeys().isEmpty() && text.docNumbers().isEmpty()) {
            return query;
        }
        var b = new BooleanQuery.Builder().add(query, Occur.SHOULD);
        text.unitKeys().forEach(k -> add(b, phrase(tokens(UnitNumbers.printed(k)))));
        // a document number is found by its term; the text marks it where it is written
        text.docNumbers().forEach(n -> add(b, phrase(tokens(n))));
        return b.build();
    }

    private static void add(BooleanQuery.Builder b, Query q) {
        if (q != null) {
            b.add(q, Occur.SHOULD);
        }
    }

    /** The terms a page marks for this query: its analysed words of two characters or more, and numbers. */
    List<String> markedTerms(String typed) {
        var text = QueryText.parse(typed);
        var all = new ArrayList<String>();
        text.phrases().forEach(all::add);
        text.words().forEach(all::add);
        text.docNumbers().forEach(all::add);
        text.unitKeys().forEach(k -> all.add(UnitNumbers.printed(k)));
        return all.stream().flatMap(t -> tokens(t).stream()).map(Token::term)
                .filter(t -> t.length() >= 2 || t.chars().anyMatch(Character::isDigit)).distinct().toList();
    }

    private static void add(List<Query> parts, Query q) {
        if (q != null) {
            parts.add(q);
        }
    }

    /** A word the analyser cuts in several terms: any of them, the words in sequence scoring more. */
    private static Query word(List<Token> tokens) {
        if (tokens.size() <= 1) {
            return phrase(tokens);
        }
        var b = new BooleanQuery.Builder();
        b.add(new BoostQuery(phrase(tokens), PHRASE_BOOST), Occur.SHOULD);
        tokens.forEach(t -> b.add(new TermQuery(new Term(Fields.TEXT, t.term())), Occur.SHOULD));
        return b.build();
    }

    private static Query phrase(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(Fields.TEXT, tokens.getFirst().term()));
        }
        var b = new PhraseQuery.Builder();
        tokens.forEach(t -> b.add(new Term(Fields.TEXT, t.term()), t.position()));
        return b.build();
    }

    private static Query either(Query a, Query b) {
        if (b == null) {
            return a;
        }
        return new BooleanQuery.Builder().add(a, Occur.SHOULD).add(b, Occur.SHOULD).build();
    }

    record Token(String term, int position) {
    }

    List<Token> tokens(String text) {
        var tokens = new ArrayList<Token>();
        try (var stream = analyzer.tokenStream(Fields.TEXT, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}

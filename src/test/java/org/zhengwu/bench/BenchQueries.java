package org.zhengwu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The fixed 100 queries of the search benchmark, drawn (deterministically) from the corpus: 40
 * pairs of words, 30 quoted phrases, 20 document numbers (typed with assorted brackets) and 10
 * article numbers (typed 第N条). {@code app} is what a person types into the application;
 * {@code plain} the same search as a raw engine is asked it (the canonical number as a phrase).
 */
public record BenchQueries(List<Query> queries) {

    public record Query(String kind, String app, String plain) {
    }

    private static final String[][] BRACKETS = {{"〔", "〕"}, {"[", "]"}, {"(", ")"}, {"（", "）"}};

    public static BenchQueries of(BenchCorpus corpus, int docs, Analyzer analyzer) {
        var r = new Random(2022);
        var sentences = corpus.sentences();
        var list = new ArrayList<Query>();
        while (list.size() < 40) {
            var words = words(analyzer, sentences.get(r.nextInt(sentences.size())));
            if (words.size() >= 2) {
                var q = words.get(r.nextInt(words.size())) + " " + words.get(r.nextInt(words.size()));
                list.add(new Query("words", q, q));
            }
        }
        while (list.size() < 70) {
            var s = sentences.get(r.nextInt(sentences.size())).replaceAll("[\\p{P}\\s]", "");
            if (s.length() >= 10) {
                int at = r.nextInt(s.length() - 8);
                var q = "\"" + s.substring(at, at + 4 + r.nextInt(5)) + "\"";
                list.add(new Query("phrase", q, q));
            }
        }
        while (list.size() < 90) {
            var number = corpus.docNumber(r.nextInt(docs));
            var b = BRACKETS[r.nextInt(BRACKETS.length)];
            list.add(new Query("docNumber", number.replace("〔", b[0]).replace("〕", b[1]), "\"" + number + "\""));
        }
        while (list.size() < 100) {
            int n = 1 + r.nextInt(4);
            list.add(new Query("article", "第" + n + "条", "\"第" + BenchCorpus.Numerals.chinese(n) + "条\""));
        }
        return new BenchQueries(List.copyOf(list));
    }

    private static List<String> words(Analyzer analyzer, String text) {
        var words = new ArrayList<String>();
        try (var ts = analyzer.tokenStream("text", text)) {
            var term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() >= 2 && !term.toString().chars().allMatch(Character::isDigit)) {
                    words.add(term.toString());
                }
            }
            ts.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return words;
    }
}

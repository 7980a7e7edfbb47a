package org.zhengwu.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.zhengwu.gazette.PublicDocument;
import org.zhengwu.gazette.SeedGazette;
import org.zhengwu.gazette.TextUnit;
import org.zhengwu.gazette.Validity;
import org.zhengwu.gazette.domain.model.ParsedDocument;

/**
 * A deterministic corpus for the benchmarks: N documents recombined from the seed issue's own
 * sentences, titles, issuers and document-number codes (no invented text). Document {@code i}
 * depends only on {@code i}: a seed document lends it its title, issuer, kind and agency code;
 * it gets 1–4 articles of 1–2 seed sentences each, a year in 2015–2024 and the number {@code i + 1}
 * (up to 99,999, then round again with a year of its own: {@link #sequence}, {@link #year}), so
 * every document's number is its own.
 */
public final class BenchCorpus {

    private final List<ParsedDocument> seed;
    private final List<String> sentences;

    public BenchCorpus() {
        this.seed = SeedGazette.parsed().documents().stream().filter(d -> d.docNumber() != null).toList();
        var all = new LinkedHashSet<String>();
        SeedGazette.parsed().documents().forEach(d -> d.allUnits().forEach(u -> split(u.text(), all)));
        this.sentences = List.copyOf(all);
    }

    private static void split(String text, LinkedHashSet<String> into) {
        if (text == null) {
            return;
        }
        for (var s : text.replace("\n", "").split("(?<=[。；！？])")) {
            var t = s.strip();
            if (t.length() >= 8 && t.length() <= 200) {
                into.add(t);
            }
        }
    }

    public List<String> sentences() {
        return sentences;
    }

    /** The seed document that lends document {@code i} its title, issuer, kind and agency code. */
    ParsedDocument source(int i) {
        return seed.get(new Random(i * 31L + 7).nextInt(seed.size()));
    }

    public String docNumber(int i) {
        var r = new Random(i * 31L + 7);
        r.nextInt(seed.size());
        return number(source(i).docNumber().agencyCode(), year(i, r.nextInt(10)), i);
    }

    /** Document {@code i} as the library would give it to an index. */
    public PublicDocument document(int i) {
        var r = new Random(i * 31L + 7);
        var src = seed.get(r.nextInt(seed.size()));
        int year = year(i, r.nextInt(10));
        var signed = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        var units = new ArrayList<TextUnit>();
        int articles = 1 + r.nextInt(4);
        for (int a = 1; a <= articles; a++) {
            var text = new StringBuilder();
            for (int s = 1 + r.nextInt(2); s > 0; s--) {
                text.append(sentences.get(r.nextInt(sentences.size())));
            }
            units.add(new TextUnit("art_" + a, null, 0, "article", "第" + Numerals.chinese(a) + "条", null, text.toString()));
        }
        return new PublicDocument("bench-" + i, number(src.docNumber().agencyCode(), year, i), src.title(),
                src.issuer(), src.kind().name(), src.issuedKind() == null ? null : src.issuedKind().name(), signed, signed,
                signed, null, null, Validity.IN_FORCE, year, 1 + r.nextInt(12), units);
    }

    private static String number(String agencyCode, int year, int i) {
        return agencyCode + "〔" + year + "〕" + sequence(i) + "号";
    }

    /**
     * The year of document {@code i}'s number: for the first 99,999 documents 2015–2024 as drawn;
     * after that the sequence starts again ({@link #sequence}), so each later round of 99,999 has
     * a year of its own after those (2025, 2026, …) and no two documents share a number, which
     * the importer would take for the same document.
     */
    static int year(int i, int draw) {
        return i < 99_999 ? 2015 + draw : 2024 + i / 99_999;
    }

    /**
     * The sequence of document {@code i}'s number: {@code i + 1} up to 99,999, then round again. A
     * document number's sequence has at most five digits (what the parser and the search read as a
     * number); beyond 100,000 documents a six-digit one would be searched as words.
     */
    static int sequence(int i) {
        return i % 99_999 + 1;
    }

    /** Document {@code i} as a file a person would import: title, number, addressees, articles, issuer, date. */
    public String text(int i) {
        var d = document(i);
        var out = new StringBuilder();
        out.append(d.title()).append("\n\n").append(d.docNumber()).append("\n\n");
        var src = source(i);
        if (!src.addressees().isEmpty()) {
            out.append(String.join("，", src.addressees())).append("：\n\n");
        }
        d.units().forEach(u -> out.append(u.num()).append("　").append(u.text()).append("\n\n"));
        out.append(d.issuer()).append("\n").append(d.signedDate().getYear()).append("年")
                .append(d.signedDate().getMonthValue()).append("月").append(d.signedDate().getDayOfMonth()).append("日\n");
        return out.toString();
    }

    /** Chinese numerals as printed in article numbers. */
    static final class Numerals {
        private static final String DIGITS = "零一二三四五六七八九";

        private Numerals() {
        }

        static String chinese(int n) {
            if (n < 10) {
                return String.valueOf(DIGITS.charAt(n));
            }
            if (n < 20) {
                return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
            }
            return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        }
    }
}

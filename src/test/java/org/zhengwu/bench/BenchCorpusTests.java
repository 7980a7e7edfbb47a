package org.zhengwu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** The benchmark corpus at the benchmarks' default size: every document has a number of its own. */
class BenchCorpusTests {

    final BenchCorpus corpus = new BenchCorpus();

    @Test
    void twoHundredThousandDocumentsHaveTwoHundredThousandNumbers() {
        var numbers = new HashSet<String>();
        for (int i = 0; i < 200_000; i++) {
            numbers.add(corpus.docNumber(i));
        }
        assertThat(numbers).hasSize(200_000);
    }

    @Test
    void aDocumentCarriesTheNumberTheQueriesLookFor() {
        for (int i : new int[] {0, 99_998, 99_999, 100_000, 199_998, 199_999}) {
            assertThat(corpus.document(i).docNumber()).isEqualTo(corpus.docNumber(i));
        }
        assertThat(corpus.docNumber(99_999)).contains("〔2025〕1号");
        assertThat(corpus.docNumber(199_998)).contains("〔2026〕1号");
    }
}

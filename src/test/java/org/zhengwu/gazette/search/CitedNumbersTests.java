package org.zhengwu.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhengwu.gazette.PublicDocument;
import org.zhengwu.gazette.SearchRequest;
import org.zhengwu.gazette.TextUnit;
import org.zhengwu.gazette.Validity;
import org.zhengwu.gazette.domain.model.DocNumber;

/** A document number is searched as one term: on its document's head, and where a text cites it. */
class CitedNumbersTests {

    @Test
    void aCitationIsFoundUnderEveryAgencyCodeTheTextAllows() {
        assertThat(CitedNumbers.in("根据聊政发［2018］第12号文件，原《办法》（聊政办字(2019)3号）同时废止。"))
                .contains("聊政发〔2018〕12号", "政发〔2018〕12号", "聊政办字〔2019〕3号")
                .doesNotContain("发〔2018〕12号");
        assertThat(CitedNumbers.in("2022年3月8日印发，共12号文件")).isEmpty();
    }

    /** The search by year and sequence first finds what one pattern over the whole text found. */
    @Test
    void findsWhatTheWholeTextPatternFinds() throws Exception {
        var seed = new String(CitedNumbersTests.class.getResourceAsStream("/demo/gazette/liaocheng-2022-03.txt")
                .readAllBytes(), StandardCharsets.UTF_8);
        var random = new Random(7);
        var codes = new String[] {"", "发", "聊政发", "政办字", "𠀀政", "一二三四五六七八九十甲乙丙丁戊己庚辛", "a", "3"};
        var pieces = new String[] {"〔", "〕", "[", "]", "（", "）", "2022", "1998", "第", "12", "号", " ", "根据", "，"};
        var texts = new ArrayList<String>();
        for (int i = 0; i + 400 <= seed.length(); i += 200) {
            texts.add(seed.substring(i, i + 400));
        }
        for (int i = 0; i < 20_000; i++) {
            var sb = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                if (random.nextBoolean()) {   // something shaped like a number, often whole
                    sb.append(codes[random.nextInt(codes.length)]).append(random.nextInt(4) == 0 ? " " : "")
                            .append("〔[（".charAt(random.nextInt(3))).append(random.nextBoolean() ? "2022" : "1899")
                            .append("〕]）".charAt(random.nextInt(3))).append(random.nextInt(3) == 0 ? "第" : "")
                            .append(random.nextInt(200)).append(random.nextInt(5) == 0 ? "" : "号");
                } else {
                    sb.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            texts.add(sb.toString());
        }
        int cited = 0;
        for (var text : texts) {
            var expected = wholeTextPattern(text);
            assertThat(CitedNumbers.in(text)).as(text).containsExactlyElementsOf(expected);
            cited += expected.size();
        }
        assertThat(cited).isGreaterThan(1000);
    }

    /** The former implementation: a run of 2 to 16 Han characters and a year and sequence, found together. */
    private static Set<String> wholeTextPattern(String text) {
        var found = new LinkedHashSet<String>();
        var m = Pattern.compile("(\\p{IsHan}{2,16})(" + DocNumber.YEAR_AND_SEQUENCE + ")").matcher(text);
        while (m.find()) {
            var run = m.group(1);
            for (int from = 0; run.codePointCount(from, run.length()) >= 2; from = run.offsetByCodePoints(from, 1)) {
                DocNumber.parse(run.substring(from) + m.group(2)).ifPresent(n -> found.add(n.toString()));
            }
        }
        return found;
    }

    @Test
    @DisplayName("OG-5a a document number typed in any brackets finds its document's head first, then the articles citing it, marked")
    void aTypedNumberFindsTheHeadAndTheCitations() {
        var index = new SearchIndex(new ByteBuffersDirectory());
        var finder = new Finder(index);
        var cited = document("d1", "聊政发〔2018〕12号", "聊城市某某管理办法", "本办法自发布之日起施行。");
        var citing = document("d2", "聊政办字〔2022〕8号", "聊城市应急救援队伍管理实施细则",
                "本细则自2022年5月1日起施行，根据聊政发〔2018〕12号文件制定。");
        var unrelated = document("d3", "聊政发〔2018〕13号", "聊城市另一办法", "根据聊政发〔2018〕13号文件制定。");
        for (var d : List.of(cited, citing, unrelated)) {
            index.put(d.id(), IndexedDocuments.of(d));
        }
        index.commit();
        var hits = finder.find(SearchRequest.of("聊政发[2018]12号"), LocalDate.of(2022, 6, 1)).hits();
        assertThat(hits).extracting(h -> h.documentId()).containsExactly("d1", "d2");
        assertThat(hits.getFirst().eId()).isNull();
        assertThat(hits.get(1).eId()).isEqualTo("art_1");
        assertThat(hits.get(1).snippet()).contains("<em>");
        assertThat(hits.get(1).snippet()).containsPattern("<em>[^<]*2018[^<]*</em>");
    }

    private static PublicDocument document(String id, String number, String title, String text) {
        return new PublicDocument(id, number, title, "聊城市人民政府", "NOTICE", null, LocalDate.of(2022, 3, 1),
                LocalDate.of(2022, 3, 31), null, null, null, Validity.IN_FORCE, 2022, 3,
                List.of(new TextUnit("art_1", null, 0, "article", "第一条", null, text)));
    }
}

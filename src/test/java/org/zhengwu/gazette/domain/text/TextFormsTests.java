package org.zhengwu.gazette.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The written forms: numerals, dates, deadlines, cleaning, brackets. */
class TextFormsTests {

    @Test
    void readsChineseNumerals() {
        assertThat(ChineseNumber.parse("十").getAsInt()).isEqualTo(10);
        assertThat(ChineseNumber.parse("五十六").getAsInt()).isEqualTo(56);
        assertThat(ChineseNumber.parse("一百九十九").getAsInt()).isEqualTo(199);
        assertThat(ChineseNumber.parse("二百零五").getAsInt()).isEqualTo(205);
        assertThat(ChineseNumber.parse("一千零一").getAsInt()).isEqualTo(1001);
        assertThat(ChineseNumber.parse("二三")).isEmpty();
        assertThat(ChineseNumber.year("二〇〇四").getAsInt()).isEqualTo(2004);
        assertThat(ChineseNumber.year("二○○四").getAsInt()).isEqualTo(2004);
    }

    @Test
    void readsDatesInBothSpellings() {
        assertThat(DateText.wholeLine("二〇〇四年六月二十六日")).contains(LocalDate.of(2004, 6, 26));
        assertThat(DateText.wholeLine("二○○四年六月二十六日")).contains(LocalDate.of(2004, 6, 26));
        assertThat(DateText.wholeLine("2022 年 3 月 30 日")).contains(LocalDate.of(2022, 3, 30));
        assertThat(DateText.wholeLine("2022年2月30日")).isEmpty();
        assertThat(DateText.wholeLine("于2022年3月8日召开")).isEmpty();
    }

    @Test
    void readsDeadlines() {
        assertThat(Deadline.find("2022年底前，完成任务。", 0)).contains(new Deadline(LocalDate.of(2022, 12, 31), "2022年底前"));
        assertThat(Deadline.find("于2023年6月底前完成", 0).orElseThrow().date()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(Deadline.find("年底前完成", 2024).orElseThrow().date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(Deadline.find("2022年上半年完成", 0).orElseThrow().date()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(Deadline.find("彻底清理河道底泥，三年内完成", 2022)).isEmpty();
        assertThat(Deadline.find("年底前完成", 0)).isEmpty();
    }

    @Test
    void cleansLinesOfLayoutSpacesMarksAndInvisibleCharacters() {
        assertThat(LineCleaner.clean("### 第一章\u3000总  则").text()).isEqualTo("第一章总则");
        assertThat(LineCleaner.clean("### 第一章 总则").headingLevel()).isEqualTo(3);
        assertThat(LineCleaner.clean("**第八十八条** 未经批准").text()).isEqualTo("第八十八条未经批准");
        assertThat(LineCleaner.clean("2022 年 3 月 30 日").text()).isEqualTo("2022年3月30日");
        assertThat(LineCleaner.clean("聊\u200b政(起草牵头部门: 某局)").text()).isEqualTo("聊政（起草牵头部门：某局）");
        assertThat(LineCleaner.clean("某某发〔2022〕4号 2").text()).isEqualTo("某某发〔2022〕4号 2");
        assertThat(LineCleaner.clean("- (一)事项;").text()).isEqualTo("（一）事项；");
    }

    /** Every character of the basic plane, between two Han characters: removed, a space, or kept. */
    @Test
    void removesEveryInvisibleCharacterAndUnifiesEverySpace() {
        for (char c = 0; c < 0xFFFF; c++) {
            var invisible = c <= 0x08 || (c >= 0x0B && c <= 0x1F) || c == 0x7F
                    || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0xAD;
            var space = c == '\t' || c == '\n' || c == ' ' || c == 0xA0 || c == 0x1680
                    || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
            var expected = invisible ? "甲乙" : space ? "甲 乙" : "甲" + c + "乙";
            assertThat(LineCleaner.invisibleOut("甲" + c + "乙")).as("U+%04X", (int) c).isEqualTo(expected);
        }
        assertThat(LineCleaner.invisibleOut("\u3000甲 \u200B\t乙\u00AD丙  ")).isEqualTo(" 甲 乙丙 ");
        assertThat(LineCleaner.invisibleOut("甲乙")).isEqualTo("甲乙");
    }

    @Test
    void splitsOnlyOutsideBrackets() {
        assertThat(Brackets.splitTopLevel("市甲局、各县（市、区）人民政府，市乙局", "、，"))
                .containsExactly("市甲局", "各县（市、区）人民政府", "市乙局");
    }
}

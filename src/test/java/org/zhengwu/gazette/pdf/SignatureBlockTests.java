package org.zhengwu.gazette.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GB/T 9704 7.3.5: where the signature and the date stand, in characters from the right edge. */
class SignatureBlockTests {

    static final int LINE = GbT9704.CHARS_PER_LINE;

    @Test
    @DisplayName("7.3.5.2 不加盖印章: 署名右空二字，日期首字比署名首字右移二字")
    void unsealedDateStartsTwoCharactersRightOfTheSignature() {
        var block = SignatureBlock.unsealed("聊城市人民政府", "2022年3月8日");
        assertThat(block.signatureRight()).isEqualTo(2);
        double signatureStart = LINE - block.signatureRight() - Widths.em("聊城市人民政府");
        double dateStart = LINE - block.dateRight() - Widths.em("2022年3月8日");
        assertThat(dateStart - signatureStart).isEqualTo(2);
    }

    @Test
    @DisplayName("7.3.5.2 成文日期长于署名: 日期右空二字，署名相应左移")
    void aDateLongerThanTheSignatureKeepsTwoCharactersAndMovesTheSignature() {
        var block = SignatureBlock.unsealed("市政府", "2022年12月28日");
        assertThat(block.dateRight()).isEqualTo(2);
        double signatureStart = LINE - block.signatureRight() - Widths.em("市政府");
        double dateStart = LINE - 2 - Widths.em("2022年12月28日");
        assertThat(dateStart - signatureStart).isEqualTo(2);
    }

    @Test
    @DisplayName("7.3.5.1 加盖印章: 日期右空四字，署名以日期为准居中")
    void sealedDateKeepsFourCharactersAndTheSignatureIsCentredAboveIt() {
        var block = SignatureBlock.sealed("聊城市人民政府办公室", "2022年3月8日");
        assertThat(block.dateRight()).isEqualTo(4);
        double dateCentre = LINE - 4 - Widths.em("2022年3月8日") / 2;
        double signatureCentre = LINE - block.signatureRight() - Widths.em("聊城市人民政府办公室") / 2;
        assertThat(signatureCentre).isEqualTo(dateCentre);
    }

    @Test
    void countsLatinDigitsAsHalfACharacter() {
        assertThat(Widths.em("2022年3月8日")).isEqualTo(6);
        assertThat(Widths.em("聊政发〔2022〕4号")).isEqualTo(8.5);
    }
}

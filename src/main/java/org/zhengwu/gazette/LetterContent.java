package org.zhengwu.gazette;

import java.time.LocalDate;
import java.util.List;

/**
 * A letter in the GB/T 9704 信函格式 (10.1): a 退文 notice, a reply, a 函. Plain paragraphs; the
 * renderer adds the red issuer mark, the red double lines and the signature block.
 *
 * @param issuerMark the issuer mark printed in red at the top, {@code 聊城市人民政府办公室}
 * @param docNumber  the document number, flush right under the double line; null for none
 * @param title      the title, centred
 * @param addressees the main recipients, in order; never null
 * @param paragraphs the body, one paragraph each, in order; never null
 * @param signature  the issuer's name signed at the end; null for none
 * @param date       the date below the signature; null for none
 * @param note       the 附注 (联系人、电话), with or without its brackets; null for none
 * @param copyTo     the 抄送机关, printed at the foot of the last page; never null
 */
public record LetterContent(String issuerMark, String docNumber, String title, List<String> addressees,
        List<String> paragraphs, String signature, LocalDate date, String note, List<String> copyTo) {

    public LetterContent {
        if (issuerMark == null || issuerMark.isBlank() || title == null || title.isBlank()) {
            throw new IllegalArgumentException("a letter needs an issuer mark and a title");
        }
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        copyTo = copyTo == null ? List.of() : List.copyOf(copyTo);
    }
}

package org.zhengwu.gazette.pdf;

import static org.zhengwu.gazette.pdf.GbT9704.DATE_SHIFT_CHARS;
import static org.zhengwu.gazette.pdf.GbT9704.SEALED_DATE_RIGHT_CHARS;
import static org.zhengwu.gazette.pdf.GbT9704.SIGNATURE_RIGHT_CHARS;

/**
 * Where the issuer's signature (发文机关署名) and the date (成文日期) stand: the space each
 * leaves to the right edge of the type area, in characters.
 *
 * @param signature      the issuer's name as signed
 * @param date           the date as printed ({@code 2022年3月8日})
 * @param signatureRight characters between the signature and the right edge
 * @param dateRight      characters between the date and the right edge
 */
record SignatureBlock(String signature, String date, double signatureRight, double dateRight) {

    /**
     * 7.3.5.2 without a seal: the signature 2 characters from the right, the date starting 2
     * characters right of the signature's start; a date longer than the signature keeps the 2
     * characters itself and pushes the signature left.
     */
    static SignatureBlock unsealed(String signature, String date) {
        double s = Widths.em(signature);
        double d = Widths.em(date);
        if (d <= s) {
            return new SignatureBlock(signature, date, SIGNATURE_RIGHT_CHARS, SIGNATURE_RIGHT_CHARS + s - DATE_SHIFT_CHARS - d);
        }
        return new SignatureBlock(signature, date, SIGNATURE_RIGHT_CHARS + DATE_SHIFT_CHARS + d - s, SIGNATURE_RIGHT_CHARS);
    }

    /** 7.3.5.1 with a seal: the date 4 characters from the right, the signature centred above it. */
    static SignatureBlock sealed(String signature, String date) {
        double s = Widths.em(signature);
        double d = Widths.em(date);
        return new SignatureBlock(signature, date, Math.max(0, SEALED_DATE_RIGHT_CHARS + (d - s) / 2), SEALED_DATE_RIGHT_CHARS);
    }
}

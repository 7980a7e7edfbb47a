package org.zhengwu.gazette.pdf;

/**
 * Widths of text in characters (字, the standard's unit of horizontal distance): a Chinese
 * character or full-width sign is one, a Latin letter, digit or half-width sign half of one.
 * Close enough to place a signature or break a title; the PDF measures the real glyphs.
 */
final class Widths {

    private Widths() {
    }

    static double em(String text) {
        return text.codePoints().mapToDouble(Widths::em).sum();
    }

    static double em(int codePoint) {
        if (Character.isSurrogate((char) codePoint) && codePoint <= Character.MAX_VALUE) {
            return 0.5;   // one half of a character outside the BMP, counted char by char
        }
        return codePoint < 0x1100 || codePoint >= 0xFF61 && codePoint <= 0xFFDC ? 0.5 : 1.0;
    }
}

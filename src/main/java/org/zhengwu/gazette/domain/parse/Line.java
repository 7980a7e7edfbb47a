package org.zhengwu.gazette.domain.parse;

/**
 * A cleaned, non-blank line of the source.
 *
 * @param no    the 1-based line number in the source
 * @param text  the cleaned text
 * @param level the markdown heading level it carried ({@code ##} → 2), 0 for none
 */
record Line(int no, String text, int level) {

    Line withText(String newText) {
        return new Line(no, newText, level);
    }

    /** This line followed by another, as one line numbered as this one. */
    Line join(Line next) {
        return new Line(no, text + next.text, level);
    }
}

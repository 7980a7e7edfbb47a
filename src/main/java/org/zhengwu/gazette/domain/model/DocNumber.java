package org.zhengwu.gazette.domain.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A document number (发文字号), {@code 聊政发〔2022〕4号}: the issuing agency's code, the year and
 * the sequence. Written with 〔〕 whatever brackets the source used ([] () （） 【】 ［］).
 */
public record DocNumber(String agencyCode, int year, int sequence) {

    /** What follows the agency code in any bracket spelling: 〔2022〕4号, [2022]4号, （2022）第4号 … */
    public static final String YEAR_AND_SEQUENCE =
            "\\s*[〔\\[［(（【]\\s*((?:19|20)\\d\\d)\\s*[〕\\]］)）】]\\s*第?\\s*(\\d{1,5})\\s*号";

    private static final Pattern FORM = Pattern.compile("(\\p{IsHan}{1,16})" + YEAR_AND_SEQUENCE);

    /** The number when the whole text is one, in any of the bracket spellings. */
    public static Optional<DocNumber> parse(String text) {
        if (text.indexOf('号') < 0) {
            return Optional.empty();   // the form ends in 号: most lines are not numbers
        }
        var m = FORM.matcher(text.strip());
        return m.matches() ? Optional.of(of(m)) : Optional.empty();
    }

    /** The first number found inside a text. */
    public static Optional<DocNumber> find(String text) {
        var m = FORM.matcher(text);
        return m.find() ? Optional.of(of(m)) : Optional.empty();
    }

    private static DocNumber of(java.util.regex.Matcher m) {
        return new DocNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** The canonical spelling, {@code 聊政发〔2022〕4号}. */
    @Override
    public String toString() {
        return agencyCode + "〔" + year + "〕" + sequence + "号";
    }
}

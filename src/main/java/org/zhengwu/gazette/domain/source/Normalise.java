package org.zhengwu.gazette.domain.source;

import java.util.regex.Pattern;

/** Text as every reader hands it on: no BOM or zero-width characters, {@code \n} line ends, no NUL. */
final class Normalise {

    private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B-\\u200D\\u2060\\u0000]");

    private Normalise() {
    }

    static String text(String text) {
        if (text.chars().noneMatch(c -> c == '\r' || c == '\uFEFF' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060'
                || c == 0)) {
            return text;   // nothing to change, as in most files
        }
        return INVISIBLE.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
    }
}

package org.zhengwu.gazette.domain.source;

import java.util.regex.Pattern;

/** Text as every reader hands it on: no BOM or zero-width characters, {@code \n} line ends, no NUL. */
final class Normalise {

    private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B-\\u200D\\u2060\\u0000]");

    private Normalise() {
    }

    static String text(String text) {
        if (text.indexOf('\r') < 0 && !INVISIBLE.matcher(text).find()) {
            return text;   // nothing to change, as in most files
        }
        return INVISIBLE.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
    }
}

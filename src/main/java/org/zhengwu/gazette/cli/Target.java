package org.zhengwu.gazette.cli;

import java.util.Optional;
import java.util.regex.Pattern;

/** What a command names: an issue as YEAR/NUMBER, or else a document id. */
final class Target {

    private static final Pattern ISSUE = Pattern.compile("(\\d{4})/(\\d{1,3})");

    private Target() {
    }

    /** The year and number of an issue written YEAR/NUMBER; empty for anything else. */
    static Optional<int[]> issue(String text) {
        var m = ISSUE.matcher(text.strip());
        return m.matches() ? Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))})
                : Optional.empty();
    }
}

package org.zhengwu.gazette.persistence;

import java.util.Arrays;
import java.util.List;

/** Lists of names kept in one column, one name a line (names never hold a line break). */
final class Lines {

    private Lines() {
    }

    static String join(List<String> values) {
        return String.join("\n", values);
    }

    static List<String> split(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split("\n"));
    }
}

package org.zhengwu.kernel;

import java.util.regex.Pattern;

final class Ids {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    private Ids() {
    }

    static void require(String value, String kind) {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a " + kind + " ID: " + value);
        }
    }
}

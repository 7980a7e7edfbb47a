package org.zhengwu.document.domain;

/** Small text tests shared by the checks. */
public final class Texts {

    private Texts() {
    }

    public static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The text without spaces and with the full-width comma and the ASCII one made alike. */
    public static String folded(String text) {
        return orEmpty(text).replaceAll("[\\s\\u3000]", "").replace(',', '，');
    }
}

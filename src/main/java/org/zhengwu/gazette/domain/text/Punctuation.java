package org.zhengwu.gazette.domain.text;

/**
 * Punctuation classes that decide whether a printed line ends a sentence: text extracted from
 * a printed page breaks lines anywhere, and only the punctuation tells a finished line from one
 * that goes on.
 */
public final class Punctuation {

    /** Marks that end a sentence, a clause of a list, or a lead-in (：). */
    private static final String STOPS = "。；！？：.;!?:";
    /** Closing marks that end a line when what they close ends it. */
    private static final String CLOSERS = "）)」』】";

    private Punctuation() {
    }

    /** True when the line stops where it ends: its last mark ends a sentence, or closes a bracket. */
    public static boolean endsClosed(String line) {
        var s = line.strip();
        if (s.isEmpty()) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        if (last == '”' || last == '’' || last == '"') {
            return s.length() > 1 && STOPS.indexOf(s.charAt(s.length() - 2)) >= 0;
        }
        return STOPS.indexOf(last) >= 0 || CLOSERS.indexOf(last) >= 0 || last == '…';
    }

    /** True when a sentence stop (。；！？) occurs anywhere in the text. */
    public static boolean hasStop(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("。；！？".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when the text holds any punctuation of running prose (，、。；：！？). */
    public static boolean hasProse(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("，、。；：！？".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when the line ends inside a sentence: a comma or an enumeration mark. */
    public static boolean endsMidSentence(String line) {
        var s = line.strip();
        return !s.isEmpty() && "，、,".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** The text without a final stop (；。). */
    public static String withoutFinalStop(String text) {
        var s = text.strip();
        while (!s.isEmpty() && "。；;，,、".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}

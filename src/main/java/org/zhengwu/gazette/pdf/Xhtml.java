package org.zhengwu.gazette.pdf;

/** Text made safe for the XHTML the PDF is laid out from; the parser is strict XML. */
final class Xhtml {

    private Xhtml() {
    }

    static String text(String s) {
        var out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters, lone surrogates and U+FFFE/U+FFFF;
                    // a stray one from extracted text is dropped
                    if ((c >= 0x20 || c == '\t' || c == '\n') && !(c <= 0xFFFF && Character.isSurrogate((char) c)) && c != 0xFFFE && c != 0xFFFF) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    static String span(String cssClass, String inner) {
        return "<span class=\"" + cssClass + "\">" + inner + "</span>";
    }
}
